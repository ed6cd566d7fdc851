#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace jisr {

class Workspace;

// First start on a new workstation: the centre (province, name, address, phone) and its first
// administrator, created together or not at all. `jisrctl init` does the same headless.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(Workspace &workspace, QWidget *parent = nullptr);

private:
    void create();

    Workspace &m_ws;
    QComboBox *m_province = nullptr;
    QLineEdit *m_centre = nullptr;
    QLineEdit *m_centreAr = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_nameFr = nullptr;
    QLineEdit *m_nameAr = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_password2 = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace jisr
