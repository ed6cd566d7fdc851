#pragma once

#include "cases/casedocument.h"
#include "cases/casetab.h"

#include <QImage>

class QLabel;
class QPushButton;
class QStandardItemModel;

namespace jisr {

// The photo of the person and the scanned documents of their file (CIN, medical reports,
// certificates...). The roles that manage documents choose the photo and add documents; a
// double click opens a document in the system's viewer.
class CaseDocumentsTab : public CaseTab
{
    Q_OBJECT

public:
    explicit CaseDocumentsTab(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void load() override;
    void clear() override;
    void subjectChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void choosePhoto();
    void addDocument();
    void openDocument(int row);
    void reloadIfOurs(const QString &caseId);

    bool m_loaded = false;
    QImage m_photoImage;
    QList<CaseDocument> m_documents;
    QLabel *m_photo = nullptr;
    QPushButton *m_choosePhoto = nullptr;
    QPushButton *m_addDocument = nullptr;
    QStandardItemModel *m_model = nullptr;
};

} // namespace jisr
