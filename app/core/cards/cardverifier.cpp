#include "cards/cardverifier.h"

#include "cards/base45.h"
#include "cards/cardsigningkey.h"

using namespace Qt::StringLiterals;

namespace jisr {

CardVerifier::CardVerifier(QHash<QByteArray, QByteArray> publicKeys, QDate today, Lookup lookup)
    : m_keys(std::move(publicKeys)), m_today(today), m_lookup(std::move(lookup))
{
}

QString CardVerifier::encode(const QByteArray &cbor, const QByteArray &signature)
{
    return CardPayload::Prefix + Base45::encode(cbor + signature);
}

CardVerifier::Result CardVerifier::verify(const QString &input) const
{
    Result r;
    const QString text = input.trimmed();
    r.message = tr("This is not a Jisr card code, or it is damaged or cut short.");
    if (!text.startsWith(CardPayload::Prefix))
        return r;
    const std::optional<QByteArray> bytes = Base45::decode(text.mid(CardPayload::Prefix.size()));
    if (!bytes || bytes->size() <= CardSigningKey::SignatureBytes)
        return r;
    const QByteArray cbor = bytes->left(bytes->size() - CardSigningKey::SignatureBytes);
    const QByteArray signature = bytes->right(CardSigningKey::SignatureBytes);
    const std::optional<CardPayload> payload = CardPayload::fromCbor(cbor);
    if (!payload)
        return r;
    const auto key = m_keys.constFind(payload->keyId);
    if (key == m_keys.cend()) {
        r.status = Status::UnknownKey;
        r.message = tr("This card was signed by a key that is not in the list of known keys.");
        return r;
    }
    if (!CardSigningKey::verify(cbor, signature, *key)) {
        r.status = Status::BadSignature;
        r.message = tr("The signature does not match: this card's data was changed.");
        return r;
    }
    r.payload = payload;
    if (m_lookup) {
        if (const std::optional<KnownCard> known = m_lookup(payload->number)) {
            if (known->state == u"revoked"_s) {
                r.status = Status::Revoked;
                r.message = tr("This card is genuine but has been revoked.");
                return r;
            }
            if (known->state == u"void"_s || known->copy > payload->copy) {
                r.status = Status::Void;
                r.message = tr("This card is genuine but void: it was cancelled or replaced by "
                               "a reprint.");
                return r;
            }
        }
    }
    if (m_today > payload->validUntil) {
        r.status = Status::Expired;
        r.message = tr("This card is genuine but expired.");
        return r;
    }
    if (m_today < payload->validFrom) {
        r.status = Status::NotYetValid;
        r.message = tr("This card is genuine but not valid yet.");
        return r;
    }
    r.status = Status::Valid;
    r.message = tr("This card is genuine and valid.");
    return r;
}

} // namespace jisr
