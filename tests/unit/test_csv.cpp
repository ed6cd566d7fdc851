// CSV import and export of case files: encodings, all-or-nothing, the report, the round trip.
#include "cases/casecsvexporter.h"
#include "cases/casecsvimporter.h"
#include "cases/casefileservice.h"
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/text/csvreader.h"
#include "platform/text/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace jisr;

namespace {

const QString Header = u"family_name_ar,given_name_ar,family_name_lat,given_name_lat,sex,"
                       "birth_date,cin,phone"_s;

// What another program would have written: the text in the given encoding (through iconv).
QByteArray encoded(const QString &text, const char *encoding)
{
    QProcess iconv;
    iconv.start(u"iconv"_s, {u"-f"_s, u"UTF-8"_s, u"-t"_s, QString::fromLatin1(encoding)});
    iconv.write(text.toUtf8());
    iconv.closeWriteChannel();
    iconv.waitForFinished();
    return iconv.readAllStandardOutput();
}

} // namespace

class CsvTest : public WorkspaceTest
{
protected:
    QString write(const QByteArray &bytes, const QString &name = u"cases.csv"_s)
    {
        const QString path = dataDir() + u'/' + name;
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }
    ImportReport import(const QString &path, bool dryRun = false, const QString &encoding = {})
    {
        return CaseCsvImporter(ws()).run(admin, path, encoding, dryRun);
    }
    qint64 cases() { return scalar(u"SELECT count(*) FROM case_files"_s); }

    Actor admin = actorWith(Role::Administrator);
};

TEST_F(CsvTest, EachEncodingIsDetectedAndReadTheSame)
{
    const QString text =
        Header + u"\r\nالعلوي,محمد,Alaoui,Mohamed,M,17/05/1980,AB123456,0661234567\r\n"_s;
    const QString latinText = Header + u"\r\n,,Chraïbi,Hélène,F,01/02/1975,,0661234567\r\n"_s;
    const struct
    {
        QByteArray bytes;
        const char16_t *encoding;
        const char16_t *name;
    } files[] = {
        {text.toUtf8(), u"utf-8", u"محمد"},
        {"\xEF\xBB\xBF" + text.toUtf8(), u"utf-8", u"محمد"},
        {encoded(text, "UTF-16"), u"utf-16le", u"محمد"},
        {encoded(QString(text).replace(u',', u'\t'), "UTF-16LE"), u"utf-16le", u"محمد"},
        {encoded(text, "CP1256"), u"windows-1256", u"محمد"},
        {encoded(latinText, "CP1252"), u"windows-1252", u"Hélène"},
    };
    for (const auto &f : files) {
        const DecodedText d = TextDecoder::decode(f.bytes);
        EXPECT_EQ(d.encoding, QString::fromUtf16(f.encoding));
        EXPECT_TRUE(d.text.contains(QString::fromUtf16(f.name))) << d.encoding.toStdString();
        EXPECT_FALSE(d.text.startsWith(QChar(0xFEFF)));
    }
}

TEST_F(CsvTest, SemicolonsQuotesAndLineBreaksInsideFields)
{
    const QList<CsvRow> rows =
        CsvReader::parse(u"a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\nlines\"\r\n\r\nlast;;\r\n"_s);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows.at(1).fields, (QStringList{u"x;1"_s, u"say \"hi\""_s, u"two\nlines"_s}));
    EXPECT_EQ(rows.at(2).line, 5); // the quoted line break and the blank line count
    EXPECT_EQ(rows.at(2).fields, (QStringList{u"last"_s, u""_s, u""_s}));
    EXPECT_THROW(CsvReader::parse(u"a,b\n\"never closed,1\n"_s), CoreError);
}

TEST_F(CsvTest, OneBadRowMeansNothingIsWrittenAndTheReportNamesItsLine)
{
    const QString text = Header + u"\n"
                                  "العلوي,محمد,Alaoui,Mohamed,M,17/05/1980,AB123456,0661234567\n"
                                  "بناني,سعاد,Bennani,Souad,F,31/02/1990,,0661234567\n"
                                  "التازي,علي,Tazi,Ali,M,01/01/1970,,0661234567\n"_s;
    const ImportReport r = import(write(text.toUtf8()));
    EXPECT_FALSE(r.ok());
    ASSERT_EQ(r.errors.size(), 1);
    EXPECT_EQ(r.errors.first().line, 3);
    EXPECT_EQ(r.errors.first().column, u"birth_date"_s);
    EXPECT_EQ(cases(), 0);
    EXPECT_EQ(scalar(u"SELECT count(*) FROM change_log WHERE table_name = 'case_files'"_s), 0);
}

TEST_F(CsvTest, DuplicatesInTheFileOrInTheDatabaseAreRefused)
{
    CaseFile existing = sampleCase();
    existing.cin = u"BK111111"_s;
    ws().cases().create(admin, existing);
    const QString text = Header + u"\n"
                                  ",,Tazi,Ali,M,01/01/1970,AB222222,\n"
                                  ",,Tazi,Omar,M,01/01/1971,ab 222222,\n"
                                  ",,Bennani,Said,M,01/01/1972,BK111111,\n"_s;
    const ImportReport r = import(write(text.toUtf8()));
    ASSERT_EQ(r.errors.size(), 2);
    EXPECT_EQ(r.errors.at(0).line, 3);
    EXPECT_TRUE(r.errors.at(0).message.contains(u"2"_s));
    EXPECT_EQ(r.errors.at(1).line, 4);
    EXPECT_EQ(cases(), 1);
}

TEST_F(CsvTest, AMissingOrUnknownColumnIsNamed)
{
    ImportReport r =
        import(write("family_name_lat,given_name_lat,birth_date\nTazi,Ali,01/01/1970\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.first().column, u"sex"_s);
    r = import(write("family_name_lat,prenom,sex,birth_date\nTazi,Ali,M,01/01/1970\n"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.first().column, u"prenom"_s);
    EXPECT_EQ(cases(), 0);
}

TEST_F(CsvTest, GarbageEmptyAndRaggedFilesAreRefusedClearly)
{
    EXPECT_THROW(import(write(QByteArray())), CoreError);
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 256);
    EXPECT_THROW(import(write(garbage)), CoreError);
    const ImportReport r = import(write((Header + u"\n,,Tazi,Ali,M\n"_s).toUtf8()));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errors.first().line, 2);
    EXPECT_EQ(cases(), 0);
}

TEST_F(CsvTest, ADryRunChecksEverythingAndWritesNothing)
{
    const QString text = Header + u"\n,,Tazi,Ali,M,01/01/1970,,\n"_s;
    const ImportReport r = import(write(text.toUtf8()), /*dryRun=*/true);
    EXPECT_TRUE(r.ok());
    EXPECT_EQ(r.rows, 1);
    EXPECT_EQ(r.written, 0);
    EXPECT_EQ(cases(), 0);
}

TEST_F(CsvTest, ExportThenImportIntoAnotherCentreGivesTheSamePeople)
{
    CaseFile a = sampleCase();
    a.cin = u"AB123456"_s;
    a.address = u"12, rue \"Al Qods\"; Hay Riad\nRabat"_s;
    a.disabilityTypes = {u"motor"_s, u"visual"_s};
    a.rsuIndex = 9.32;
    a.rsuIndexDate = QDate(2025, 1, 15);
    a = ws().cases().create(admin, a); // as saved (normalised)
    CaseFile b = sampleCase(u"بناني"_s, u"سعاد"_s, u"Bennani"_s, u"Souad"_s);
    b.address = u"=cmd|' /C calc'!A0"_s;
    b = ws().cases().create(admin, b, true);
    QTemporaryDir elsewhere; // the export outlives this centre's data folder
    const QString path = elsewhere.path() + u"/export.csv"_s;
    EXPECT_THROW(CaseCsvExporter(ws()).run(actorWith(Role::Reception), path), CoreError);
    ASSERT_EQ(CaseCsvExporter(ws()).run(admin, path), 1 + 1);
    // Personal data: the exported file is the exporting account's alone.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    EXPECT_EQ(QFile::permissions(path) & others, QFileDevice::Permissions());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_FALSE(bytes.contains(",=cmd")) << "a formula stays inert in a spreadsheet";

    reopenEmpty();
    const ImportReport r = import(path);
    ASSERT_TRUE(r.ok()) << (r.errors.isEmpty() ? "" : r.errors.first().message.toStdString());
    EXPECT_EQ(r.written, 1 + 1);
    const CaseFile back =
        ws().cases().open(admin, ws().cases().search(admin, u"AB123456"_s).first().summary.id);
    EXPECT_EQ(back.address, a.address);
    EXPECT_EQ(back.disabilityTypes, a.disabilityTypes);
    EXPECT_DOUBLE_EQ(*back.rsuIndex, 9.32);
    const CaseFile souad =
        ws().cases().open(admin, ws().cases().search(admin, u"Souad"_s).first().summary.id);
    EXPECT_EQ(souad.address, b.address);
    EXPECT_EQ(back.rsuIndexDate, a.rsuIndexDate);
    EXPECT_EQ(back.birthDate, a.birthDate);
}

TEST_F(CsvTest, ImportNeedsTheImportCapability)
{
    const QString path = write((Header + u"\n,,Tazi,Ali,M,01/01/1970,,\n"_s).toUtf8());
    EXPECT_THROW(CaseCsvImporter(ws()).run(actorWith(Role::Reception), path), CoreError);
    EXPECT_EQ(cases(), 0);
}

// Pointed at the live jisr.sqlite, an export replaced the database and reported success.
TEST_F(CsvTest, AnExportIntoADataFolderIsRefusedAndTheDatabaseSurvives)
{
    ws().cases().create(admin, sampleCase());
    QTemporaryDir elsewhere;
    const QString db = dataDir() + u"/jisr.sqlite"_s;
    ASSERT_TRUE(QFile::link(db, elsewhere.filePath(u"looks-harmless.csv"_s)));
    ASSERT_TRUE(QFile::link(dataDir(), elsewhere.filePath(u"folder"_s)));
    const QStringList targets = {
        db,
        db + u"-wal"_s,
        dataDir() + u"/export.csv"_s,           // not there yet, in the folder
        dataDir() + u"/documents/export.csv"_s, // in a subfolder
        dataDir() + u"/../"_s + QFileInfo(dataDir()).fileName() + u"/jisr.sqlite"_s,
        elsewhere.filePath(u"looks-harmless.csv"_s), // a link to the database
        elsewhere.filePath(u"folder/export.csv"_s),  // through a link to the folder
    };
    for (const QString &target : targets) {
        try {
            CaseCsvExporter(ws()).run(admin, target);
            ADD_FAILURE() << "written: " << target.toStdString();
        } catch (const CoreError &e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput) << target.toStdString();
        }
    }
    EXPECT_FALSE(QFile::exists(dataDir() + u"/export.csv"_s));
    QFile file(db);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(16).startsWith("SQLite format 3"));
    reopen();
    EXPECT_EQ(cases(), 1);
    // Another centre's data folder (or its copy) is protected too, open or not.
    QTemporaryDir otherCentre;
    QFile(otherCentre.filePath(u"jisr.sqlite"_s)).open(QIODevice::WriteOnly);
    EXPECT_THROW(CaseCsvExporter(ws()).run(admin, otherCentre.filePath(u"export.csv"_s)),
                 CoreError);
    EXPECT_EQ(CaseCsvExporter(ws()).run(admin, elsewhere.filePath(u"export.csv"_s)), 1);
}
