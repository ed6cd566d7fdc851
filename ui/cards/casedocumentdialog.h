#pragma once

#include "platform/access/accesscontrol.h"
#include "print/a4document.h"

#include <QDialog>
#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;

namespace jisr {

class Workspace;

// Shows an A4 document of a case file (the refusal letter, the case summary) as it prints,
// and prints it through Qt's print system or saves it as a PDF.
class CaseDocumentDialog : public QDialog
{
    Q_OBJECT

public:
    CaseDocumentDialog(Workspace &workspace, std::unique_ptr<A4Document> document,
                       CaseDocumentData data, const QString &title, QWidget *parent = nullptr);
    ~CaseDocumentDialog() override;

    // Writes the PDF to the file the user chooses; false when cancelled or refused.
    bool saveAsPdf();

    // The letter of a refused decision, or the case summary, opened over `parent` (modal); a
    // message says why when there is none (not decided, not a refusal, not allowed). For the
    // evaluation screens and the card list.
    static void openRefusalLetter(Workspace &workspace, const Actor &actor,
                                  const QString &evaluationId, QWidget *parent);
    static void openCaseSummary(Workspace &workspace, const Actor &actor, const QString &caseId,
                                QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void printOnPaper();

    Workspace &m_ws;
    std::unique_ptr<A4Document> m_document;
    CaseDocumentData m_data;
    QLabel *m_page = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace jisr
