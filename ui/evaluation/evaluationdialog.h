#pragma once

#include "platform/access/accesscontrol.h"

#include <QDialog>

class QTabWidget;

namespace jisr {

class ApplicationPage;
class DecisionPage;
class EvaluationPage;
class MedicalPage;
class SocialPage;
class Workspace;

// One application for a disability card, on four pages: the application and its supporting
// documents, the medical part, the social part, the committee's decision. Every role sees every
// page; a part the role may not see says so instead of showing it (the core refuses it anyway).
// An empty evaluation id opens a new application.
class EvaluationDialog : public QDialog
{
    Q_OBJECT

public:
    EvaluationDialog(Workspace &workspace, const Actor &actor, const QString &caseId,
                     const QString &evaluationId = {}, QWidget *parent = nullptr);

    QString evaluationId() const { return m_evaluationId; }
    ApplicationPage *applicationPage() const { return m_application; }
    MedicalPage *medicalPage() const { return m_medical; }
    SocialPage *socialPage() const { return m_social; }
    DecisionPage *decisionPage() const { return m_decision; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh(const QString &evaluationId);
    void retranslate();
    QList<EvaluationPage *> pages() const;

    Workspace &m_ws;
    const Actor m_actor;
    QString m_caseId;
    QString m_evaluationId;
    QTabWidget *m_tabs = nullptr;
    ApplicationPage *m_application = nullptr;
    MedicalPage *m_medical = nullptr;
    SocialPage *m_social = nullptr;
    DecisionPage *m_decision = nullptr;
};

} // namespace jisr
