#include "demo/demodatagenerator.h"

#include "cases/casefilevalidator.h"
#include "centre/referencedata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

// Ages are computed from a fixed date, not today, so a seed gives the same people every day.
const QDate ReferenceDate(2026, 1, 1);

QJsonObject loadNamesResource()
{
    QFile file(u":/jisr/data/demo_names.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The demo names resource is missing from this build");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

// A bijection of [0, modulus) for indexes below the modulus (the multiplier is prime to it):
// consecutive people get unrelated-looking yet never repeated numbers.
qint64 scramble(qint64 index, qint64 multiplier, qint64 modulus)
{
    return (index % modulus) * multiplier % modulus;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint64 seed, qint64 firstIndex, const QString &homeProvince)
    : m_rng(quint32(seed ^ (seed >> 32)) + 0x9e3779b9u), m_index(firstIndex),
      m_homeProvince(homeProvince)
{
    const QJsonObject root = loadNamesResource();
    m_male = readNames(root.value(u"male"_s).toArray());
    m_female = readNames(root.value(u"female"_s).toArray());
    m_family = readNames(root.value(u"family"_s).toArray());
    m_neighbourhoods = toStringList(root.value(u"neighbourhoods"_s));
    m_cinPrefixes = toStringList(root.value(u"cin_prefixes"_s));
}

QList<DemoDataGenerator::Name> DemoDataGenerator::readNames(const QJsonArray &array)
{
    QList<Name> names;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        names.append({o.value(u"ar"_s).toString(), toStringList(o.value(u"lat"_s))});
    }
    return names;
}

const DemoDataGenerator::Name &DemoDataGenerator::pick(const QList<Name> &names)
{
    // Squaring the uniform draw favours the first names of each list, as real name frequencies
    // do (there are far more Mohamed and Fatima than Ilyas and Ghita).
    const double u = m_rng.generateDouble();
    return names.at(qMin(qsizetype(u * u * names.size()), names.size() - 1));
}

QString DemoDataGenerator::pickLatin(const Name &name)
{
    // The first spelling is the most common one; the others appear about a third of the time.
    if (name.lat.size() == 1 || m_rng.bounded(3) != 0)
        return name.lat.first();
    return name.lat.at(1 + m_rng.bounded(int(name.lat.size() - 1)));
}

QString DemoDataGenerator::pickProvince()
{
    // Most people come to the centre of their own province.
    const QList<Province> &all = ReferenceData::instance().provinces();
    if (!m_homeProvince.isEmpty() && m_rng.bounded(10) < 8)
        return m_homeProvince;
    return all.at(m_rng.bounded(int(all.size()))).code;
}

QString DemoDataGenerator::uniqueCin(qint64 index)
{
    const QString prefix = m_cinPrefixes.at(m_rng.bounded(int(m_cinPrefixes.size())));
    const qint64 number = scramble(index, 7919, 1000000);
    return prefix + u"%1"_s.arg(number, 6, 10, QChar(u'0'));
}

QString DemoDataGenerator::uniqueIdcs(qint64 index)
{
    const qint64 number = 1000000000 + scramble(index, 104729, 1000000000);
    return QString::number(number);
}

QString DemoDataGenerator::mobilePhone()
{
    return u"0%1%2"_s.arg(QChar(m_rng.bounded(2) ? u'6' : u'7'))
        .arg(m_rng.bounded(100000000), 8, 10, QChar(u'0'));
}

CaseFile DemoDataGenerator::next()
{
    CaseFile c;
    const qint64 index = m_index++;
    fillIdentity(c);
    fillBirth(c);
    fillIdentifiers(c, index);
    fillContact(c);
    fillGuardian(c);
    fillDisability(c);
    return c;
}

void DemoDataGenerator::fillIdentity(CaseFile &c)
{
    c.sex = m_rng.bounded(2) ? u"M"_s : u"F"_s;
    const Name &given = pick(c.sex == u"M"_s ? m_male : m_female);
    const Name &family = pick(m_family);
    // Some files are registered from a document in one script only.
    const int scripts = m_rng.bounded(20);
    if (scripts != 0) {
        c.familyNameAr = family.ar;
        c.givenNameAr = given.ar;
    }
    if (scripts != 1) {
        c.familyNameLat = pickLatin(family);
        c.givenNameLat = pickLatin(given);
    }
    c.fatherName = pick(m_male).ar;
    c.motherName = pick(m_female).ar + u' ' + pick(m_family).ar;
}

void DemoDataGenerator::fillBirth(CaseFile &c)
{
    // A third are children: disability cards are issued from birth.
    const int age = m_rng.bounded(3) == 0 ? m_rng.bounded(18) : 18 + m_rng.bounded(70);
    const QDate birth = ReferenceDate.addDays(-(qint64(age) * 365 + m_rng.bounded(365)));
    c.birthYear = birth.year();
    if (age > 50 && m_rng.bounded(8) == 0)
        c.birthYearOnly = true; // older people often only know their year of birth
    else
        c.birthDate = birth;
    const auto province = ReferenceData::instance().province(pickProvince());
    c.birthPlace = province ? province->nameFr : QString();
}

void DemoDataGenerator::fillIdentifiers(CaseFile &c, qint64 index)
{
    const bool adult = CaseFileValidator::ageOn(c, ReferenceDate) >= 18;
    if (adult && m_rng.bounded(10) != 0)
        c.cin = uniqueCin(index);
    if (m_rng.bounded(10) < 6) {
        c.idcs = uniqueIdcs(index);
        c.rsuId = u"RSU%1"_s.arg(scramble(index, 15485863, 100000000), 8, 10, QChar(u'0'));
        c.rsuIndex = 5.0 + m_rng.bounded(700) / 100.0;
        c.rsuIndexDate = ReferenceDate.addDays(-m_rng.bounded(700));
    }
    static const QStringList regimes = {u"tadamon"_s, u"tadamon"_s, u"tadamon"_s, u"salarie"_s,
                                        u"tns"_s,     u"achamil"_s, u"public"_s,  u"none"_s};
    c.amoRegime = regimes.at(m_rng.bounded(int(regimes.size())));
    if (c.amoRegime != u"none"_s)
        c.amoNumber = QString::number(100000000 + m_rng.bounded(900000000));
}

void DemoDataGenerator::fillContact(CaseFile &c)
{
    c.phone = mobilePhone();
    if (m_rng.bounded(4) == 0)
        c.phone2 = mobilePhone();
    c.provinceCode = pickProvince();
    const auto province = ReferenceData::instance().province(c.provinceCode);
    c.commune = province ? province->nameFr : QString();
    c.address =
        u"%1, rue %2 n° %3"_s.arg(m_neighbourhoods.at(m_rng.bounded(int(m_neighbourhoods.size()))))
            .arg(1 + m_rng.bounded(120))
            .arg(1 + m_rng.bounded(200));
}

void DemoDataGenerator::fillGuardian(CaseFile &c)
{
    // By the exact age on the reference date: a minor then may be an adult by now (a guardian
    // is still allowed), but an adult then is never a minor later.
    const bool minor = CaseFileValidator::ageOn(c, ReferenceDate) < 18;
    if (!minor && m_rng.bounded(5) != 0)
        return;
    const bool mother = m_rng.bounded(2);
    const Name &given = pick(mother ? m_female : m_male);
    c.guardianName =
        given.ar + u' ' + (c.familyNameAr.isEmpty() ? pick(m_family).ar : c.familyNameAr);
    c.guardianRelation =
        minor ? u"parent"_s : (m_rng.bounded(2) ? u"sibling"_s : u"legal_guardian"_s);
    c.guardianPhone = mobilePhone();
    c.guardianCin = uniqueCin(m_index + 500000);
}

void DemoDataGenerator::fillDisability(CaseFile &c)
{
    const QStringList types = CaseFileCodes::disabilityTypes();
    const QStringList severities = CaseFileCodes::severities();
    c.disabilityTypes << types.at(m_rng.bounded(int(types.size())));
    if (m_rng.bounded(6) == 0) {
        const QString second = types.at(m_rng.bounded(int(types.size())));
        if (!c.disabilityTypes.contains(second))
            c.disabilityTypes << second;
    }
    c.disabilitySeverity = severities.at(m_rng.bounded(int(severities.size())));
}

} // namespace jisr
