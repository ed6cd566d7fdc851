#include "search/casesearchindex.h"

#include "platform/db/database.h"
#include "platform/db/sqlquery.h"
#include "platform/db/sqltransaction.h"
#include "search/namenormalizer.h"
#include "search/phonetickey.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QStringList tokensOf(const QString &family, const QString &given)
{
    return NameNormalizer::tokens(given + u' ' + family);
}

QStringList keysOf(const QStringList &tokens, const QString &prefix = {})
{
    QStringList keys;
    for (const QString &t : tokens) {
        const QString k = PhoneticKey::of(t);
        if (!k.isEmpty() && !keys.contains(prefix + k))
            keys << prefix + k;
    }
    return keys;
}

QString sortedKey(const QString &prefix, QStringList parts)
{
    parts.removeAll(QString());
    if (parts.size() < 2) // one word is not a name to compare
        return {};
    parts.sort();
    return prefix + parts.join(u' ');
}

QStringList skeletons(const QStringList &tokens)
{
    QStringList out;
    for (const QString &t : tokens)
        out << PhoneticKey::of(t);
    return out;
}

} // namespace

QStringList CaseSearchIndex::storedNameKeys(const CaseFile &c)
{
    const QStringList arabic = tokensOf(c.familyNameAr, c.givenNameAr);
    const QStringList latin = tokensOf(c.familyNameLat, c.givenNameLat);
    QStringList keys{sortedKey(u"a:"_s, arabic),
                     sortedKey(u"p:"_s, skeletons(latin.isEmpty() ? arabic : latin))};
    if (arabic.isEmpty())
        keys << sortedKey(u"q:"_s, skeletons(latin));
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

QStringList CaseSearchIndex::lookupNameKeys(const CaseFile &c)
{
    const QStringList arabic = tokensOf(c.familyNameAr, c.givenNameAr);
    const QStringList latin = tokensOf(c.familyNameLat, c.givenNameLat);
    // Arabic letter by letter (محمد is not محمود), and by sound only against Latin-only files;
    // Latin by sound, which also reaches Arabic-only files.
    QStringList keys{sortedKey(u"a:"_s, arabic), sortedKey(u"q:"_s, skeletons(arabic)),
                     sortedKey(u"p:"_s, skeletons(latin))};
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

namespace {

constexpr int SequenceWidth = 4; // as the allocator writes it: 0042

// "42" -> "0042", "7kx-42" -> "7KX-0042"; empty for anything else.
QString normalizedSuffix(const QString &text)
{
    static const QRegularExpression shape(u"^(?:([0-9A-Z]{3})-)?([0-9]{1,9})$"_s);
    const QRegularExpressionMatch m = shape.match(text.trimmed().toUpper());
    if (!m.hasMatch())
        return {};
    const QString sequence = m.captured(2)
                                 .rightJustified(SequenceWidth, u'0')
                                 .right(qMax(SequenceWidth, int(m.capturedLength(2))));
    return m.captured(1).isEmpty() ? sequence : m.captured(1) + u'-' + sequence;
}

} // namespace

QStringList CaseSearchIndex::storedDossierKeys(const QString &dossierNo)
{
    // <province>-<year>-<series>-<sequence>
    const QStringList parts = dossierNo.split(u'-');
    if (parts.size() != 4)
        return {};
    return {u"d:"_s + parts.at(3), u"d:"_s + parts.at(2) + u'-' + parts.at(3)};
}

QString CaseSearchIndex::dossierKey(const QString &typedSuffix)
{
    const QString suffix = normalizedSuffix(typedSuffix);
    return suffix.isEmpty() ? QString() : u"d:"_s + suffix;
}

// Each name part also with its words joined, one space at a time, so that a name written
// joined at the desk finds the file that has it apart (the reverse is the search's).
QString CaseSearchIndex::namesOf(const CaseFile &c)
{
    QStringList names =
        tokensOf(c.familyNameAr, c.givenNameAr) + tokensOf(c.familyNameLat, c.givenNameLat);
    for (const QString *part : {&c.familyNameAr, &c.givenNameAr, &c.familyNameLat, &c.givenNameLat})
        for (const QStringList &variant : NameNormalizer::joinedVariants(*part))
            for (const QString &token : variant)
                if (!names.contains(token))
                    names << token;
    return names.join(u' ');
}

QString CaseSearchIndex::phoneticOf(const CaseFile &c)
{
    const QStringList arabic = tokensOf(c.familyNameAr, c.givenNameAr);
    const QStringList latin = tokensOf(c.familyNameLat, c.givenNameLat);
    QStringList keys = keysOf(latin.isEmpty() ? arabic : latin);
    if (arabic.isEmpty())
        keys += keysOf(latin, arabicQueryNamespace());
    return keys.join(u' ');
}

void CaseSearchIndex::upsert(const QSqlDatabase &db, qint64 localNo, const CaseFile &c)
{
    remove(db, localNo);
    insert(db, localNo, c);
}

void CaseSearchIndex::insert(const QSqlDatabase &db, qint64 localNo, const CaseFile &c)
{
    execQuery(db, u"INSERT INTO case_search (rowid, names, phonetic) VALUES (?, ?, ?)"_s,
              {localNo, namesOf(c), phoneticOf(c)});
    for (const QString &key : storedNameKeys(c) + storedDossierKeys(c.dossierNo))
        execQuery(db,
                  u"INSERT INTO case_name_keys (local_no, name_key, birth_year) VALUES (?, ?, ?)"_s,
                  {localNo, key, c.birthYear});
}

void CaseSearchIndex::rebuild(Database &database)
{
    SqlTransaction tx(database);
    const QSqlDatabase db = database.connection();
    execQuery(db, u"DELETE FROM case_search"_s);
    execQuery(db, u"DELETE FROM case_name_keys"_s);
    QSqlQuery q = execQuery(db, u"SELECT local_no, family_name_ar, given_name_ar, family_name_lat, "
                                "given_name_lat, birth_year, dossier_no FROM case_files "
                                "WHERE deleted = 0"_s);
    while (q.next()) {
        CaseFile c;
        c.familyNameAr = q.value(1).toString();
        c.givenNameAr = q.value(2).toString();
        c.familyNameLat = q.value(3).toString();
        c.givenNameLat = q.value(4).toString();
        c.birthYear = q.value(5).toInt();
        c.dossierNo = q.value(6).toString();
        insert(db, q.value(0).toLongLong(), c);
    }
    execQuery(db,
              u"INSERT INTO settings (key, value) VALUES ('search_index_version', ?) "
              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
              {QString::number(Version)});
    tx.commit();
}

void CaseSearchIndex::remove(const QSqlDatabase &db, qint64 localNo)
{
    execQuery(db, u"DELETE FROM case_search WHERE rowid = ?"_s, {localNo});
    execQuery(db, u"DELETE FROM case_name_keys WHERE local_no = ?"_s, {localNo});
}

} // namespace jisr
