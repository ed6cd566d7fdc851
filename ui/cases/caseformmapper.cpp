#include "cases/caseformmapper.h"

#include "cases/casefieldspage.h"
#include "cases/casefilevalidator.h"
#include "platform/text/typeddate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace jisr {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

// The text an editor shows for a field: the field map's, except for dates and numbers.
QString textOf(const CaseFile &c, const QVariantMap &fields, const QString &field)
{
    if (field == u"birth_date"_s)
        return c.birthYearOnly ? QString::number(c.birthYear) : dateText(c.birthDate);
    if (field == u"rsu_index_date"_s)
        return dateText(c.rsuIndexDate);
    if (field == u"rsu_index"_s)
        return c.rsuIndex ? QString::number(*c.rsuIndex, 'f', 2) : QString();
    return fields.value(field).toString();
}

} // namespace

void CaseFormMapper::fill(const CaseFile &c) const
{
    const QVariantMap fields = c.toFieldMap();
    for (auto it = m_page.lines().cbegin(); it != m_page.lines().cend(); ++it)
        it.value()->setText(textOf(c, fields, it.key()));
    for (auto it = m_page.combos().cbegin(); it != m_page.combos().cend(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(fields.value(it.key()))));
    const auto &boxes = m_page.disabilityBoxes();
    for (auto it = boxes.cbegin(); it != boxes.cend(); ++it)
        it.value()->setChecked(c.disabilityTypes.contains(it.key()));
    m_page.birthYearOnly()->setChecked(c.birthYearOnly);
}

CaseFile CaseFormMapper::read(const CaseFile &original) const
{
    QVariantMap fields = original.toFieldMap();
    for (auto it = m_page.lines().cbegin(); it != m_page.lines().cend(); ++it)
        fields.insert(it.key(), it.value()->text());
    for (auto it = m_page.combos().cbegin(); it != m_page.combos().cend(); ++it)
        fields.insert(it.key(), it.value()->currentData().toString());
    QStringList types;
    for (const QString &code : CaseFileCodes::disabilityTypes())
        if (m_page.disabilityBoxes().value(code)->isChecked())
            types << code;
    fields.insert(u"disability_types"_s, types.join(u','));
    CaseFile c = CaseFile::fromFieldMap(fields);
    const QString birth = m_page.line(u"birth_date"_s)->text().trimmed();
    c.birthYearOnly = m_page.birthYearOnly()->isChecked();
    if (c.birthYearOnly) {
        c.birthYear = birth.right(4).toInt();
        c.birthDate = QDate();
    } else {
        c.birthDate = TypedDate::parse(birth);
        c.birthYear = c.birthDate.isValid() ? c.birthDate.year() : 0;
    }
    c.rsuIndexDate = TypedDate::parse(m_page.line(u"rsu_index_date"_s)->text());
    // Set by the core, never typed.
    c.id = original.id;
    c.dossierNo = original.dossierNo;
    c.hlc = original.hlc;
    c.createdAt = original.createdAt;
    return c;
}

} // namespace jisr
