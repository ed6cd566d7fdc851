#include "cases/dossiernumberallocator.h"

using namespace Qt::StringLiterals;

namespace jisr {

DossierNumberAllocator::DossierNumberAllocator(WorkstationSettings &settings) : m_settings(settings)
{
}

QString DossierNumberAllocator::next(QDate today)
{
    const QString year = QString::number(today.year());
    const QString key = u"dossier_seq_"_s + year;
    const int seq = m_settings.value(key, u"0"_s).toInt() + 1;
    m_settings.setValue(key, QString::number(seq));
    QString province = m_settings.provinceCode();
    if (province.startsWith(u"MA-"_s))
        province = province.mid(3);
    return province + u'-' + year + u'-' + m_settings.dossierSeries() + u'-' +
           QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
}

} // namespace jisr
