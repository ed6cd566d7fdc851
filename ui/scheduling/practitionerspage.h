#pragma once

#include "scheduling/setuppage.h"

class QComboBox;
class QPushButton;
class QTableView;

namespace jisr {

class SetupTableModel;

// The centre's practitioners: the list (profession and specialty in words, linked account) and
// the form below it. Choosing one in the list fills the form to correct it; "New" empties it to
// add another. A centre may type a profession of its own as a code (profession:specialty).
class PractitionersPage : public SetupPage
{
    Q_OBJECT

public:
    PractitionersPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    SetupTableModel *model() const { return m_model; }
    void reload() override;

public slots:
    void saveForm();
    void clearForm();

signals:
    // After a save: the practitioner whose hours to set next.
    void practitionerSaved(const QString &id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    void fillForm(const QModelIndex &current);
    QString loginOf(const QString &userId) const;

    SetupTableModel *m_model;
    QTableView *m_table;
    QString m_editedId;
    class QLineEdit *m_nameFr = nullptr;
    class QLineEdit *m_nameAr = nullptr;
    QComboBox *m_profession = nullptr;
    class QLineEdit *m_login = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace jisr
