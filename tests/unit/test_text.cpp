// The platform's text helpers: cleaning what people type, reading typed dates, reading a chosen
// file without being fooled by a device or a pipe.
#include "jisrtest.h"
#include "platform/errors/coreerror.h"
#include "platform/text/boundedfilereader.h"
#include "platform/text/textcleaner.h"
#include "platform/text/typeddate.h"

#include <QFile>
#include <QTemporaryDir>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

using namespace jisr;

TEST(TextCleaner, OneLineKeepsTheTextAndDropsWhatATerminalWouldObey)
{
    EXPECT_EQ(TextCleaner::oneLine(u"  12, rue  Al Qods   "_s), u"12, rue Al Qods"_s);
    EXPECT_EQ(TextCleaner::oneLine(u"حي الرياض، ٢٤"_s), u"حي الرياض، 24"_s);
    EXPECT_EQ(TextCleaner::oneLine(u"Hay\u001b[31mRiad\u0007"_s), u"Hay[31mRiad"_s);
    EXPECT_EQ(TextCleaner::oneLine(u"Agdal\u009b2J\u007f"_s), u"Agdal2J"_s); // C1 CSI, DEL
    EXPECT_EQ(TextCleaner::oneLine(u"Hay Riad\r\nRabat\tMaroc\u2028Fin"_s),
              u"Hay Riad Rabat Maroc Fin"_s);
    EXPECT_EQ(TextCleaner::oneLine(u"\u202Eالعلوي\u202C\u200F"_s), u"العلوي"_s);
    // Invisible tag characters lie beyond the BMP; a letter there stays.
    EXPECT_EQ(TextCleaner::oneLine(u"Rabat\U000E0041\U000E0042"_s), u"Rabat"_s);
    EXPECT_EQ(TextCleaner::oneLine(u"\U0001D49C"_s), u"\U0001D49C"_s);
}

TEST(TextCleaner, ForTerminalShowsControlsInsteadOfSendingThem)
{
    EXPECT_EQ(TextCleaner::forTerminal(u"a\u001b[2Jb\u009bc\nd"_s), u"a\uFFFD[2Jb\uFFFDc\uFFFDd"_s);
    EXPECT_EQ(TextCleaner::forTerminal(u"a\tb\nc\u001b"_s, u"\n\t"), u"a\tb\nc\uFFFD"_s);
    // Direction marks are not controls to a terminal: Arabic messages keep them.
    EXPECT_EQ(TextCleaner::forTerminal(u"\u200E06 12"_s), u"\u200E06 12"_s);
}

// The form, the CSV import and jisrctl read dates here, and so accept the same ones.
TEST(TypedDate, DeskSpreadsheetAndIsoFormsAreRead)
{
    EXPECT_EQ(TypedDate::parse(u"12/04/1990"_s), QDate(1990, 4, 12));
    EXPECT_EQ(TypedDate::parse(u"2/4/1990"_s), QDate(1990, 4, 2));
    EXPECT_EQ(TypedDate::parse(u" 1990-04-12 "_s), QDate(1990, 4, 12));
    EXPECT_EQ(TypedDate::parse(u"١٢/٠٤/١٩٩٠"_s), QDate(1990, 4, 12));
    EXPECT_EQ(TypedDate::parse(u"\u200E12/04/1990\u200E"_s), QDate(1990, 4, 12));
    EXPECT_FALSE(TypedDate::parse(u"31/02/1990"_s).isValid());
    EXPECT_FALSE(TypedDate::parse(u"1990"_s).isValid());
    EXPECT_FALSE(TypedDate::parse({}).isValid());
}

namespace {

ErrorKind kindOfRefusal(const QString &path, qint64 maxBytes)
{
    try {
        BoundedFileReader::read(path, maxBytes);
    } catch (const CoreError &e) {
        EXPECT_FALSE(e.message().isEmpty());
        return e.kind();
    }
    ADD_FAILURE() << "read: " << path.toStdString();
    return ErrorKind::Storage;
}

} // namespace

// `case import /dev/zero` passed the size check (a device has size 0) and read until memory ran
// out.
TEST(BoundedFileReader, DevicesPipesAndFoldersAreRefusedBeforeReading)
{
    QTemporaryDir dir;
    EXPECT_EQ(kindOfRefusal(u"/dev/zero"_s, 1024), ErrorKind::BadInput);
    EXPECT_EQ(kindOfRefusal(u"/dev/urandom"_s, 1024), ErrorKind::BadInput);
    EXPECT_EQ(kindOfRefusal(dir.path(), 1024), ErrorKind::BadInput);
    EXPECT_EQ(kindOfRefusal(dir.filePath(u"missing.csv"_s), 1024), ErrorKind::BadInput);
#ifdef Q_OS_UNIX
    // Opening a pipe without a writer would wait for ever.
    const QString fifo = dir.filePath(u"pipe.csv"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    EXPECT_EQ(kindOfRefusal(fifo, 1024), ErrorKind::BadInput);
    // A link to a device is the device.
    ASSERT_TRUE(QFile::link(u"/dev/zero"_s, dir.filePath(u"zero.csv"_s)));
    EXPECT_EQ(kindOfRefusal(dir.filePath(u"zero.csv"_s), 1024), ErrorKind::BadInput);
#endif
}

TEST(BoundedFileReader, AFileOverTheLimitIsRefusedAndOneWithinIsReadWhole)
{
    QTemporaryDir dir;
    QFile big(dir.filePath(u"big.csv"_s));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(2 * 1024 * 1024 + 1)); // sparse: nothing is written
    big.close();
    EXPECT_EQ(kindOfRefusal(big.fileName(), 2 * 1024 * 1024), ErrorKind::BadInput);
    EXPECT_EQ(BoundedFileReader::read(big.fileName(), 3 * 1024 * 1024).size(), 2 * 1024 * 1024 + 1);
}
