#pragma once

#include <QHash>
#include <QScrollArea>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace jisr {

// The first tab of a case file: its editors in sections (identity, identifiers, contact,
// guardian, disability), each with a caption beside it and a line under it for what the
// validation says. Each editor is named after its field. Names typed in Arabic stay
// right-to-left and identifiers left-to-right, whatever the interface language.
class CaseFieldsPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit CaseFieldsPage(QWidget *parent = nullptr);

    QLineEdit *line(const QString &field) const { return m_lines.value(field); }
    const QHash<QString, QLineEdit *> &lines() const { return m_lines; }
    const QHash<QString, QComboBox *> &combos() const { return m_combos; }
    // Disability type code -> its box.
    const QHash<QString, QCheckBox *> &disabilityBoxes() const { return m_disability; }
    QCheckBox *birthYearOnly() const { return m_yearOnly; }
    // Field -> the line under it for validation messages (hidden while empty).
    const QHash<QString, QLabel *> &messageLabels() const { return m_messages; }

    void setEditable(bool editable);

signals:
    // The user changed a field (typing, a choice, a box).
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *section(const QString &key, QGridLayout *&grid);
    QLineEdit *addLine(QGridLayout *grid, int row, int col, const QString &field,
                       bool leftToRight = false);
    QComboBox *addCombo(QGridLayout *grid, int row, int col, const QString &field,
                        const QStringList &codes, bool withEmpty = false);
    void addMessage(QGridLayout *grid, int row, int col, const QString &field, QWidget *editor);
    void buildIdentity(QGridLayout *grid);
    void buildIdentifiers(QGridLayout *grid);
    void buildContact(QGridLayout *grid);
    void buildGuardian(QGridLayout *grid);
    void buildDisability(QGridLayout *grid);
    void retranslate();
    void fillCombos();

    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_labels;   // field -> caption
    QHash<QString, QLabel *> m_messages; // field -> inline message
    QHash<QString, QLabel *> m_sections; // section key -> title
    QHash<QString, QCheckBox *> m_disability;
    QCheckBox *m_yearOnly = nullptr;
};

} // namespace jisr
