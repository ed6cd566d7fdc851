#pragma once

#include <QHash>
#include <QScrollArea>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace jisr {

// The first tab of a case file: its editors in sections, what reception fills every day first
// (names in both scripts, sex, birth date, CIN, phone, province) and the rarer sections after it
// (parents, identifiers and coverage, other contacts, guardian, disability), reached with
// Alt+1…Alt+6. Each editor has a caption beside it and a line under it for what the validation
// says, and is named after its field. Names typed in Arabic stay right-to-left and identifiers
// left-to-right, whatever the interface language.
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

    // The editor of a field or of what a validation issue names (birth_year, disability_types).
    QWidget *editor(const QString &field) const;
    // The fields in the order of the form (the Tab order).
    const QStringList &fieldOrder() const { return m_fieldOrder; }

    void setEditable(bool editable);
    // Scrolls to the top and puts the cursor in the first field.
    void focusFirstField();
    // Scrolls to a field (or the field an issue names) and puts the cursor in it.
    void focusField(const QString &field);
    void focusSection(int index);

signals:
    // The user changed a field (typing, a choice, a box).
    void edited();
    // The cursor left the editor of this field.
    void left(const QString &field);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *section(const QString &key, QGridLayout *&grid);
    QLineEdit *addLine(QGridLayout *grid, int row, int col, const QString &field,
                       bool leftToRight = false);
    QComboBox *addCombo(QGridLayout *grid, int row, int col, const QString &field,
                        const QStringList &codes, bool withEmpty = false);
    void addMessage(QGridLayout *grid, int row, int col, const QString &field, QWidget *editor);
    void noteFocusable(QWidget *editor);
    void addSectionShortcuts();
    void buildIdentity(QGridLayout *grid);
    void buildBirth(QGridLayout *grid);
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
    QHash<QString, QWidget *> m_sectionBoxes;
    QHash<QString, QWidget *> m_sectionFirst; // section key -> its first editor
    QStringList m_sectionOrder;
    QHash<QString, QWidget *> m_editors; // field -> editor
    QStringList m_fieldOrder;
    QHash<QString, QCheckBox *> m_disability;
    QCheckBox *m_yearOnly = nullptr;
};

} // namespace jisr
