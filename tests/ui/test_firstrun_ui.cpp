// The first-run wizard creates the centre through the same core service as `jisrctl init`, so
// it refuses what init refuses (it once accepted a centre name of any length).
#include "accounts/userservice.h"
#include "common/applanguage.h"
#include "platform/settings/workstationsettings.h"
#include "shell/firstrundialog.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace jisr;

class FirstRunUiTest : public QObject
{
    Q_OBJECT

private:
    // The wizard's fields in form order: centre, address, phone, login, name (fr), name (ar),
    // password, password again (the centre's Arabic name is filled by name).
    static void fill(FirstRunDialog &dialog, const QStringList &values)
    {
        QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        edits.removeOne(dialog.findChild<QLineEdit *>(u"centreNameAr"_s));
        QCOMPARE(edits.size(), 8);
        for (int i = 0; i < values.size(); ++i)
            edits.at(i)->setText(values.at(i));
    }

    static void confirm(FirstRunDialog &dialog)
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    static QString errorText(FirstRunDialog &dialog)
    {
        QString text;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            if (label->styleSheet().contains(u"color"_s))
                text = label->text();
        return text;
    }

private slots:
    void initTestCase() { AppLanguage::instance().apply(u"fr"_s); }

    void aCentreNameInitWouldRefuseIsRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        FirstRunDialog dialog(ws);
        fill(dialog, {QString(300, u'c'), u"Avenue Hassan II"_s, u"0537000000"_s, u"admin"_s,
                      u"Khadija Amrani"_s, u"خديجة العمراني"_s, u"Cedre-du-Moyen-Atlas"_s,
                      u"Cedre-du-Moyen-Atlas"_s});
        confirm(dialog);
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!errorText(dialog).isEmpty());
        QVERIFY(!ws.settings().isInitialized());
        QVERIFY(!ws.users().hasUsers());
    }

    void aValidCentreAndAdministratorAreCreatedTogether()
    {
        QTemporaryDir dir;
        Workspace ws(dir.path());
        FirstRunDialog dialog(ws);
        fill(dialog, {u"  Centre médico-social de Rabat "_s, u"Avenue Hassan II"_s, u"0537000000"_s,
                      u"admin"_s, u"Khadija Amrani"_s, u"خديجة العمراني"_s,
                      u"Cedre-du-Moyen-Atlas"_s, u"Cedre-du-Moyen-Atlas"_s});
        confirm(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ws.settings().centreName(), u"Centre médico-social de Rabat"_s);
        QVERIFY(ws.users().findByLogin(u"admin"_s).has_value());
    }
};

QTEST_MAIN(FirstRunUiTest)
#include "test_firstrun_ui.moc"
