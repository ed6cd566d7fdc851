#include "cases/casehistorytab.h"

#include "cases/casefileservice.h"
#include "centre/referencedata.h"
#include "common/applanguage.h"
#include "common/bidi.h"
#include "common/codelabels.h"
#include "search/namenormalizer.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace jisr {

CaseHistoryTab::CaseHistoryTab(Workspace &workspace, QWidget *parent) : CaseTab(workspace, parent)
{
    setObjectName(u"historyTab"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new QStandardItemModel(this);
    QTableView *view = newTable(m_model, u"historyView"_s);
    // One line per changed field: the row is as tall as its changes.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(view);
    connect(&m_ws.cases(), &CaseFileService::caseChanged, this, [this](const QString &id) {
        if (id == m_caseId)
            reload();
    });
    fill();
}

void CaseHistoryTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    CaseTab::changeEvent(event);
}

void CaseHistoryTab::load()
{
    m_entries = m_ws.cases().history(m_actor, m_caseId);
    fill();
}

void CaseHistoryTab::clear()
{
    m_entries.clear();
    fill();
}

void CaseHistoryTab::fill()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Fields")});
    const bool arabic = AppLanguage::instance().isArabic();
    // From the old value to the new one, in the direction of reading (arrows do not mirror).
    const QString arrow = arabic ? u" ← "_s : u" → "_s;
    for (const CaseHistoryEntry &e : std::as_const(m_entries)) {
        QStringList changes;
        for (const CaseHistoryEntry::Change &c : e.changes)
            changes << CodeLabels::fieldLabel(c.field) + u": "_s + shown(c.field, c.before) +
                           arrow + shown(c.field, c.after);
        QString who = arabic && !e.userNameAr.isEmpty() ? e.userNameAr : e.userNameFr;
        if (who.isEmpty())
            who = e.userLogin;
        QList<QStandardItem *> items =
            row({when(e.at), CodeLabels::label(e.operation), who,
                 e.operation == u"insert"_s ? QString() : changes.join(u'\n')});
        m_model->appendRow(items);
    }
}

// A stored value in words: codes by their label, dates as the desk writes them, identifiers
// kept left to right, nothing as a dash.
QString CaseHistoryTab::shown(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return u"—"_s;
    static const QStringList coded = {u"sex"_s, u"status"_s, u"amo_regime"_s,
                                      u"guardian_relation"_s, u"disability_severity"_s};
    if (coded.contains(field))
        return CodeLabels::label(value);
    if (field == u"disability_types"_s) {
        QStringList labels;
        for (const QString &code : value.split(u',', Qt::SkipEmptyParts))
            labels << CodeLabels::label(code);
        return CodeLabels::joined(labels);
    }
    if (field == u"province_code"_s) {
        const auto p = ReferenceData::instance().province(value);
        return p ? (AppLanguage::instance().isArabic() ? p->nameAr : p->nameFr) : value;
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (date.isValid())
        return leftToRight(date.toString(u"dd/MM/yyyy"_s));
    return NameNormalizer::isArabic(value) ? value : leftToRight(value);
}

} // namespace jisr
