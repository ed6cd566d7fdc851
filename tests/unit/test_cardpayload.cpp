// The card's QR payload on its own: Base45 against RFC 9285's examples, the CBOR round trip,
// the signature, and the size that must fit a QR code of version 10 at error correction M.
#include "cards/base45.h"
#include "cards/cardpayload.h"
#include "cards/cardsigningkey.h"
#include "cards/cardverifier.h"
#include "jisrtest.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

// ISO/IEC 18004, table 7: alphanumeric characters a version 10 symbol holds at level M.
constexpr int QrVersion10MAlphanumeric = 311;

CardPayload longest()
{
    CardPayload p;
    p.number = u"RAB26-000041"_s;
    p.copy = 3;
    p.nameLatin = u"MOULAY ABDESSELAM BEN MOHAMMED EL IDRISSI EL HASSANI"_s;
    p.nameArabic = u"مولاي عبد السلام بن محمد الإدريسي الحسني"_s;
    p.birthDate = QDate(1984, 11, 23);
    p.cin = u"BK123456"_s;
    p.types = {u"motor"_s, u"visual"_s, u"hearing"_s, u"speech"_s};
    p.degree = u"profound"_s;
    p.validFrom = QDate(2026, 12, 1);
    p.validUntil = QDate(2033, 11, 30);
    p.provinceCode = u"MA-RAB"_s;
    return p;
}

} // namespace

TEST(Base45, MatchesTheRfcExamples)
{
    EXPECT_EQ(Base45::encode("AB"), u"BB8"_s);
    EXPECT_EQ(Base45::encode("Hello!!"), u"%69 VD92EX0"_s);
    EXPECT_EQ(Base45::encode("base-45"), u"UJCLQE7W581"_s);
    EXPECT_EQ(Base45::decode(u"QED8WEX0"_s).value_or(QByteArray()), QByteArray("ietf!"));
    EXPECT_FALSE(Base45::decode(u"GGX"_s).has_value()) << "a triple above 65535";
    EXPECT_FALSE(Base45::decode(u"BB8A"_s).has_value()) << "a length of 3n+1";
    EXPECT_FALSE(Base45::decode(u"bb8"_s).has_value()) << "lower case is not Base45";
}

class CardPayloadTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    CardSigningKey key = CardSigningKey::loadOrCreate(dir.path());

    QString signedText(CardPayload p)
    {
        p.keyId = key.keyId();
        const QByteArray cbor = p.toCbor();
        return CardVerifier::encode(cbor, key.sign(cbor));
    }
    CardVerifier verifier(QDate today = QDate(2027, 5, 1), CardVerifier::Lookup lookup = {})
    {
        return CardVerifier({{key.keyId(), key.publicKey()}}, today, std::move(lookup));
    }
};

TEST_F(CardPayloadTest, ASignedPayloadVerifiesAndComesBackWhole)
{
    const CardVerifier::Result r = verifier().verify(signedText(longest()));
    ASSERT_EQ(r.status, CardVerifier::Status::Valid) << r.message.toStdString();
    EXPECT_EQ(r.payload->number, u"RAB26-000041"_s);
    EXPECT_EQ(r.payload->copy, 3);
    EXPECT_EQ(r.payload->birthDate, QDate(1984, 11, 23));
    EXPECT_EQ(r.payload->types, (QStringList{u"motor"_s, u"visual"_s, u"hearing"_s, u"speech"_s}));
    EXPECT_EQ(r.payload->degree, u"profound"_s);
    EXPECT_EQ(r.payload->validUntil, QDate(2033, 11, 30));
    // Long names are cut at a character boundary, never mid-letter.
    EXPECT_TRUE(longest().nameArabic.startsWith(r.payload->nameArabic));
    EXPECT_LE(r.payload->nameArabic.toUtf8().size(), CardPayload::MaxArabicNameBytes);
    EXPECT_FALSE(r.payload->nameArabic.toUtf8().contains("\xEF\xBF\xBD"));
}

TEST_F(CardPayloadTest, TheLongestPayloadFitsAQrCodeOfVersion10AtLevelM)
{
    const QString text = signedText(longest());
    EXPECT_LE(text.size(), QrVersion10MAlphanumeric) << text.size();
    static const QRegularExpression alphanumeric(u"^[0-9A-Z $%*+\\-./:]+$"_s);
    EXPECT_TRUE(alphanumeric.match(text).hasMatch()) << "QR alphanumeric mode only";
}

TEST_F(CardPayloadTest, OneChangedCharacterIsRefused)
{
    const QString text = signedText(longest());
    int refused = 0;
    // Every position after the prefix, changed to another Base45 character.
    for (qsizetype i = CardPayload::Prefix.size(); i < text.size(); ++i) {
        QString t = text;
        t[i] = t[i] == u'7' ? u'8' : u'7';
        if (!verifier().verify(t).valid())
            ++refused;
    }
    EXPECT_EQ(refused, text.size() - CardPayload::Prefix.size());
    QString t = text;
    t[20] = t[20] == u'7' ? u'8' : u'7';
    const CardVerifier::Status s = verifier().verify(t).status;
    EXPECT_TRUE(s == CardVerifier::Status::BadSignature || s == CardVerifier::Status::Unreadable);
}

TEST_F(CardPayloadTest, AnUnknownKeyATruncatedCodeAndGarbageAreRefused)
{
    QTemporaryDir other;
    const CardSigningKey stranger = CardSigningKey::loadOrCreate(other.path());
    CardPayload p = longest();
    p.keyId = stranger.keyId();
    const QByteArray cbor = p.toCbor();
    EXPECT_EQ(verifier().verify(CardVerifier::encode(cbor, stranger.sign(cbor))).status,
              CardVerifier::Status::UnknownKey);
    // Signed by the stranger but claiming our key id: the signature gives it away.
    p.keyId = key.keyId();
    const QByteArray forged = p.toCbor();
    EXPECT_EQ(verifier().verify(CardVerifier::encode(forged, stranger.sign(forged))).status,
              CardVerifier::Status::BadSignature);
    const QString text = signedText(longest());
    EXPECT_EQ(verifier().verify(text.left(text.size() - 30)).status,
              CardVerifier::Status::Unreadable);
    EXPECT_EQ(verifier().verify(u"https://example.org"_s).status, CardVerifier::Status::Unreadable);
    EXPECT_EQ(verifier().verify({}).status, CardVerifier::Status::Unreadable);
}

TEST_F(CardPayloadTest, ARevokedCardStillVerifiesAsSignedAndSaysRevoked)
{
    const QString text = signedText(longest());
    const auto revoked = [](const QString &) {
        return std::optional<CardVerifier::KnownCard>({u"revoked"_s, 3});
    };
    const CardVerifier::Result r = verifier(QDate(2027, 5, 1), revoked).verify(text);
    EXPECT_EQ(r.status, CardVerifier::Status::Revoked);
    ASSERT_TRUE(r.payload.has_value()) << "the signature was checked";
    EXPECT_EQ(verifier(QDate(2034, 1, 1)).verify(text).status, CardVerifier::Status::Expired);
}

TEST_F(CardPayloadTest, TheKeyIsKeptPrivateAndReadBackTheSame)
{
    const CardSigningKey again = CardSigningKey::loadOrCreate(dir.path());
    EXPECT_EQ(again.publicKey(), key.publicKey());
    const QFileInfo file(CardSigningKey::fileName(dir.path()));
    EXPECT_EQ(file.permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
}

// A key file of zeros is a retired secret caught while a rotation overwrites it, and a key
// whose secret anyone can rebuild: it is refused, never used to sign (nor published).
TEST_F(CardPayloadTest, AKeyFileOfZerosNeverSigns)
{
    QFile file(CardSigningKey::fileName(dir.path()));
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    ASSERT_GT(size, 0);
    file.write(QByteArray(int(size), '\0'));
    file.close();
    EXPECT_THROW(CardSigningKey::loadOrCreate(dir.path()), CoreError);
}

// A rotation puts the new key in place of the old one: the old one no longer loads, the new
// one does, and nothing is left pending.
TEST_F(CardPayloadTest, ARotationReplacesTheKeyInOneStep)
{
    const CardSigningKey next = CardSigningKey::createPending(dir.path());
    CardSigningKey::commitPending(dir.path());
    const CardSigningKey now = CardSigningKey::loadOrCreate(dir.path());
    EXPECT_EQ(now.publicKey(), next.publicKey());
    EXPECT_NE(now.publicKey(), key.publicKey());
    EXPECT_FALSE(QFile::exists(CardSigningKey::fileName(dir.path()) + u".new"_s));
}
