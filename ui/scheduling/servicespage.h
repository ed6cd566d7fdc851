#pragma once

#include "scheduling/schedulingtypes.h"
#include "scheduling/setuppage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace jisr {

class SetupTableModel;

// What can be booked: a code, names in both languages, the duration, who it needs (up to three
// professions, all at once, or one after the other the same day for a sequence) and the room.
class ServicesPage : public SetupPage
{
    Q_OBJECT

public:
    ServicesPage(Workspace &ws, const Actor &actor, QWidget *parent = nullptr);

    SetupTableModel *model() const { return m_model; }
    void reload() override;

public slots:
    void addService();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildForm();
    Service typedService() const;

    static constexpr int NeedCount = 3;
    SetupTableModel *m_model;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_nameFr = nullptr;
    QLineEdit *m_nameAr = nullptr;
    QSpinBox *m_minutes = nullptr;
    QList<QComboBox *> m_needs;
    QComboBox *m_room = nullptr;
    QCheckBox *m_sequence = nullptr;
    QSpinBox *m_gap = nullptr;
    QPushButton *m_add = nullptr;
};

} // namespace jisr
