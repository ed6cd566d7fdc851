// The path to a disability card on the real evaluation screens, each role logged in for real:
// reception opens the application and is told what is missing, the doctor and the social worker
// fill their parts and never see each other's, the administrator decides and issues the card;
// half-filled forms are refused with a message and save nothing; what was saved shows again
// when the dialog is reopened. Screenshots of every page in French and Arabic.
#include "cards/cardservice.h"
#include "common/applanguage.h"
#include "common/filedialog.h"
#include "common/messagebox.h"
#include "evaluation/applicationpage.h"
#include "evaluation/checklistmodel.h"
#include "evaluation/choicetablemodel.h"
#include "evaluation/evaluationdialog.h"
#include "evaluation/evaluationhistorymodel.h"
#include "evaluation/evaluationlabels.h"
#include "evaluation/evaluationservice.h"
#include "evaluation/evaluationtab.h"
#include "evaluation/medicalpage.h"
#include "evaluation/socialpage.h"
#include "evaluationpath.h"
#include "platform/audit/auditlog.h"
#include "platform/errors/coreerror.h"
#include "shell/mainwindow.h"
#include "uiworkspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace jisr;

namespace {

template <typename T> T *child(QWidget *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    if (!w)
        qWarning("no widget named %s", qPrintable(name));
    return w;
}

QString messageOf(QWidget *root, const QString &name)
{
    auto *label = root->findChild<QLabel *>(name);
    return label && !label->isHidden() ? label->text() : QString();
}

void setText(QWidget *root, const QString &name, const QString &text)
{
    if (auto *line = root->findChild<QLineEdit *>(name))
        line->setText(text);
    else if (auto *plain = root->findChild<QPlainTextEdit *>(name))
        plain->setPlainText(text);
}

void click(QWidget *root, const QString &name)
{
    auto *button = root->findChild<QAbstractButton *>(name);
    QVERIFY2(button && button->isVisibleTo(root) && button->isEnabled(), qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}

int rowOf(QAbstractItemModel *model, const QString &label)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == label)
            return r;
    return -1;
}

QString svc(const char *text)
{
    return QCoreApplication::translate("jisr::EvaluationService", text);
}

} // namespace

class EvaluationUiTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiWorkspace> m_data;
    CaseFile m_case;

    EvaluationService &evaluations() { return m_data->ws().evaluations(); }

    // The refusals the core recorded: a screen that mirrors the roles never asks for what it
    // would be refused.
    qsizetype refusals()
    {
        AuditFilter filter;
        filter.actions = {u"permission_denied"_s};
        return m_data->ws().audit().entries(filter).size();
    }

    void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("JISR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        w->grab().save(dir + u"/evaluation-"_s + name + u".png"_s);
    }

    // An application at the committee, both parts recorded by their roles.
    QString submitted()
    {
        EvaluationPath::completeFile(*m_data, m_case.id);
        const QString id = EvaluationPath::evaluated(*m_data, m_case.id);
        evaluations().submit(m_data->reception, id);
        return id;
    }

    QString writeFile(const QString &name)
    {
        const QString path = m_data->filePath(name);
        if (name.endsWith(u".png"_s)) {
            QImage image(120, 160, QImage::Format_RGB32);
            image.fill(Qt::gray);
            image.save(path);
        } else {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write("%PDF-1.4\n%%EOF\n");
        }
        return path;
    }

private slots:
    void init()
    {
        AppLanguage::instance().apply(u"fr"_s);
        m_data = std::make_unique<UiWorkspace>();
        // A fixed day, whatever the wall clock says: 10 March 2027, 09:00 in Rabat.
        m_data->clock().set(QDateTime(QDate(2027, 3, 10), QTime(8, 0), Qt::UTC));
        m_case = m_data->addCase(u"العلوي"_s, u"محمد"_s, u"Alaoui"_s, u"Mohamed"_s);
    }
    void cleanup()
    {
        m_data.reset();
        AppLanguage::instance().apply(u"fr"_s);
    }

    void receptionOpensTheApplicationAndIsToldWhatIsMissing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    void receptionOpensTheApplicationAndIsToldWhatIsMissing()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        const QString cinCopy = EvaluationLabels::label(u"cin_copy"_s);
        const QString photo = EvaluationLabels::label(u"photo"_s);
        EvaluationDialog dialog(m_data->ws(), m_data->reception, m_case.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing but the application before it is opened.
        auto *pages = child<QTabWidget>(&dialog, u"evaluationPages"_s);
        QVERIFY(!pages->isTabEnabled(1) && !pages->isTabEnabled(3));
        QCOMPARE(child<QLineEdit>(&dialog, u"receivedOn"_s)->text(), u"10/03/2027"_s);
        // A date that is not in the calendar opens nothing.
        setText(&dialog, u"receivedOn"_s, u"31/02/2027"_s);
        click(&dialog, u"openApplication"_s);
        QVERIFY(messageOf(&dialog, u"applicationMessage"_s).contains(u"31/02/2027"_s));
        QVERIFY(evaluations().history(m_data->reception, m_case.id).isEmpty());

        setText(&dialog, u"receivedOn"_s, u"08/03/2027"_s);
        auto *kind = child<QComboBox>(&dialog, u"kind"_s);
        kind->setCurrentIndex(kind->findData(u"first"_s));
        click(&dialog, u"openApplication"_s);
        QVERIFY(!dialog.evaluationId().isEmpty());
        const Evaluation opened = evaluations().get(m_data->reception, dialog.evaluationId());
        QCOMPARE(opened.receivedOn, QDate(2027, 3, 8));
        QVERIFY(messageOf(&dialog, u"applicationSummary"_s).contains(u"08/03/2027"_s));
        QVERIFY(!child<QLineEdit>(&dialog, u"receivedOn"_s)->isVisibleTo(&dialog));
        QVERIFY(pages->isTabEnabled(1));

        ChecklistModel *checklist = dialog.applicationPage()->checklist();
        QAbstractItemModelTester tester(checklist,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(checklist->missing(), (QStringList{u"cin_copy"_s, u"medical_report"_s,
                                                    u"social_inquiry"_s, u"photo"_s}));
        const QString missing = messageOf(&dialog, u"missingDocuments"_s);
        QVERIFY2(missing.contains(cinCopy) && missing.contains(photo), qPrintable(missing));
        grab(&dialog, u"application-"_s + language);

        // Sent to the committee: refused, every missing piece named.
        click(&dialog, u"submitToCommittee"_s);
        QString refusal = messageOf(&dialog, u"applicationMessage"_s);
        QVERIFY2(refusal.contains(cinCopy), qPrintable(refusal));
        QVERIFY(refusal.contains(svc("The medical evaluation has not been recorded yet.")));
        QCOMPARE(evaluations().get(m_data->reception, dialog.evaluationId()).state, u"open"_s);

        // Ticking the CIN copy attaches it; the attach button takes the selected row.
        FileDialog::setNextFileName(writeFile(u"cin.pdf"_s));
        const int cin = rowOf(checklist, EvaluationLabels::label(u"cin_copy"_s));
        QVERIFY(!checklist->setData(checklist->index(cin, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checklist->index(cin, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        auto *view = child<QTableView>(&dialog, u"checklist"_s);
        view->setCurrentIndex(checklist->index(rowOf(checklist, photo), 0));
        FileDialog::setNextFileName(writeFile(u"photo.png"_s));
        click(&dialog, u"attachDocument"_s);
        QCOMPARE(checklist->missing(), (QStringList{u"medical_report"_s, u"social_inquiry"_s}));
        QVERIFY(!messageOf(&dialog, u"missingDocuments"_s).contains(cinCopy));
        grab(&dialog, u"application-attached-"_s + language);

        // The parts are not the desk's: it is told, and shown nothing of them.
        QVERIFY(child<QLabel>(&dialog, u"medicalReserved"_s));
        QVERIFY(child<QLabel>(&dialog, u"socialReserved"_s));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"diagnosis"_s));
        QVERIFY(!dialog.findChild<QTableView *>(u"participationTable"_s));
    }

    void theDoctorFillsTheMedicalPartAndCannotOpenTheSocialPart()
    {
        const QString id = evaluations().open(m_data->reception, m_case.id, u"first"_s).id;
        const qsizetype refusedBefore = refusals();
        auto dialog =
            std::make_unique<EvaluationDialog>(m_data->ws(), m_data->doctor, m_case.id, id);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        auto *pages = child<QTabWidget>(dialog.get(), u"evaluationPages"_s);
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(dialog->medicalPage()));
        // The social part: a notice, no field, nothing read.
        auto *reserved = child<QLabel>(dialog.get(), u"socialReserved"_s);
        QVERIFY(reserved && reserved->text().contains(u"assistants sociaux"_s));
        QVERIFY(!dialog->findChild<QTableView *>(u"participationTable"_s));
        QVERIFY(!dialog->findChild<QLineEdit *>(u"rsuIndex"_s));
        QCOMPARE(refusals(), refusedBefore);
        QVERIFY_THROWS_EXCEPTION(CoreError, evaluations().social(m_data->doctor, id));

        ChoiceTableModel *impairments = dialog->medicalPage()->impairments();
        QAbstractItemModelTester tester(impairments,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        setText(dialog.get(), u"diagnosis"_s, u"Paraplégie post-traumatique"_s);
        // Nothing assessed: refused, nothing saved.
        click(dialog.get(), u"saveMedical"_s);
        QVERIFY(messageOf(dialog.get(), u"medicalMessage"_s)
                    .contains(svc("Give at least one impairment domain with its qualifier.")));
        QVERIFY(!evaluations().medical(m_data->doctor, id));

        // The qualifier from the keyboard: the cell, the digit, Enter.
        auto *table = child<QTableView>(dialog.get(), u"impairmentTable"_s);
        const int mobility = rowOf(impairments, EvaluationLabels::label(u"mobility"_s));
        table->setFocus();
        table->setCurrentIndex(impairments->index(mobility, 1));
        QTest::keyClick(table, Qt::Key_3);
        auto *editor = table->findChild<QComboBox *>(u"choiceEditor"_s);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(impairments->choice(u"mobility"_s, 1), u"3"_s);
        QCOMPARE(impairments->index(mobility, 1).data().toString(), u"3 · grave"_s);
        QCOMPARE(impairments->index(mobility, 1).data(Qt::ToolTipRole).toString(),
                 u"3 · problème grave (50-95 %)"_s);
        impairments->setData(impairments->index(rowOf(impairments, u"Vision"_s), 1), u"2"_s,
                             ChoiceTableModel::CodeRole);

        // A malformed ICD-10 code and an impossible date: refused, nothing saved.
        setText(dialog.get(), u"icd10"_s, u"G8"_s);
        click(dialog.get(), u"saveMedical"_s);
        QVERIFY(messageOf(dialog.get(), u"medicalMessage"_s)
                    .contains(svc("An ICD-10 code looks like G80 or G80.1.")));
        setText(dialog.get(), u"icd10"_s, u"g82.2"_s);
        setText(dialog.get(), u"examinedOn"_s, u"31/02/2027"_s);
        click(dialog.get(), u"saveMedical"_s);
        QVERIFY(messageOf(dialog.get(), u"medicalMessage"_s).contains(u"31/02/2027"_s));
        QVERIFY(!evaluations().medical(m_data->doctor, id));

        setText(dialog.get(), u"examinedOn"_s, u"09/03/2027"_s);
        setText(dialog.get(), u"devices"_s, u"Fauteuil roulant"_s);
        click(dialog.get(), u"saveMedical"_s);
        const std::optional<MedicalAssessment> saved = evaluations().medical(m_data->doctor, id);
        QVERIFY(saved);
        QCOMPARE(saved->icd10, u"G82.2"_s);
        QCOMPARE(saved->impairments, (QMap<QString, int>{{u"mobility"_s, 3}, {u"vision"_s, 2}}));
        QCOMPARE(saved->examinedOn, QDate(2027, 3, 9));
        grab(dialog.get(), u"medical-fr"_s);

        // Reopened: the part as it was saved.
        dialog = std::make_unique<EvaluationDialog>(m_data->ws(), m_data->doctor, m_case.id, id);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"diagnosis"_s)->toPlainText(),
                 u"Paraplégie post-traumatique"_s);
        QCOMPARE(dialog->medicalPage()->impairments()->choice(u"vision"_s, 1), u"2"_s);
        QCOMPARE(child<QLineEdit>(dialog.get(), u"examinedOn"_s)->text(), u"09/03/2027"_s);
        QVERIFY(child<QLabel>(dialog.get(), u"examiner"_s)->text().contains(m_data->doctor.nameFr));
    }

    void theSocialWorkerFillsTheSocialPart()
    {
        const QString id = evaluations().open(m_data->social, m_case.id, u"first"_s).id;
        EvaluationDialog dialog(m_data->ws(), m_data->social, m_case.id, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, u"medicalReserved"_s)->text().contains(u"médecins"_s));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"diagnosis"_s));
        ChoiceTableModel *participation = dialog.socialPage()->participation();
        ChoiceTableModel *environment = dialog.socialPage()->environment();
        QAbstractItemModelTester t1(participation,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(environment,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A performance without its capacity: refused, the domain named.
        participation->setChoice(u"mobility"_s, 1, u"3"_s);
        environment->setChoice(u"attitudes"_s, 1, u"barrier"_s);
        setText(&dialog, u"rsuIndex"_s, u"9,3"_s);
        click(&dialog, u"saveSocial"_s);
        QVERIFY(messageOf(&dialog, u"socialMessage"_s)
                    .contains(EvaluationLabels::label(u"mobility"_s)));
        QVERIFY(!evaluations().social(m_data->social, id));

        participation->setChoice(u"mobility"_s, 2, u"2"_s);
        setText(&dialog, u"livingSituation"_s, u"Vit avec ses parents, logement au 3e étage"_s);
        click(&dialog, u"saveSocial"_s);
        const std::optional<SocialAssessment> saved = evaluations().social(m_data->social, id);
        QVERIFY(saved);
        QCOMPARE(saved->participation.value(u"mobility"_s).performance, 3);
        QCOMPARE(saved->participation.value(u"mobility"_s).capacity, 2);
        QCOMPARE(saved->environment.value(u"attitudes"_s), u"barrier"_s);
        QCOMPARE(*saved->rsuIndex, 9.3);
        QVERIFY_THROWS_EXCEPTION(CoreError, evaluations().medical(m_data->social, id));
        grab(&dialog, u"social-fr"_s);

        EvaluationDialog again(m_data->ws(), m_data->social, m_case.id, id);
        QCOMPARE(again.socialPage()->participation()->choice(u"mobility"_s, 2), u"2"_s);
        QCOMPARE(again.socialPage()->environment()->choice(u"attitudes"_s, 1), u"barrier"_s);
        QVERIFY(child<QLabel>(&again, u"worker"_s)->text().contains(m_data->social.nameFr));
    }

    void theAdministratorDecidesAndIssuesTheCard()
    {
        const QString id = submitted();
        EvaluationDialog dialog(m_data->ws(), m_data->admin, m_case.id, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QLabel>(&dialog, u"medicalReserved"_s));
        QVERIFY(child<QLabel>(&dialog, u"socialReserved"_s));
        QCOMPARE(child<QLineEdit>(&dialog, u"decisionDate"_s)->text(), u"10/03/2027"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"validUntil"_s)->text(), u"09/03/2034"_s);
        const auto stillSubmitted = [&] {
            return evaluations().get(m_data->admin, id).state == u"submitted"_s;
        };

        // A refusal without reasons.
        child<QRadioButton>(&dialog, u"eligibleNo"_s)->setChecked(true);
        setText(&dialog, u"decisionRef"_s, u"CPH-RAB-2027-0042"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, u"recordDecision"_s);
        QVERIFY(messageOf(&dialog, u"decisionMessage"_s)
                    .contains(svc("A refusal must give its reasons.")));
        QVERIFY(stillSubmitted());
        // A validity that ends before it starts.
        child<QRadioButton>(&dialog, u"eligibleYes"_s)->setChecked(true);
        auto *degree = child<QComboBox>(&dialog, u"degree"_s);
        degree->setCurrentIndex(degree->findData(u"severe"_s));
        child<QAbstractButton>(&dialog, u"type_motor"_s)->setChecked(true);
        setText(&dialog, u"validUntil"_s, u"01/01/2027"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, u"recordDecision"_s);
        QVERIFY(messageOf(&dialog, u"decisionMessage"_s)
                    .contains(svc("The card's validity must end after it starts.")));
        QVERIFY(stillSubmitted());
        // 31 February.
        setText(&dialog, u"decisionDate"_s, u"31/02/2027"_s);
        click(&dialog, u"recordDecision"_s);
        QVERIFY(messageOf(&dialog, u"decisionMessage"_s).contains(u"31/02/2027"_s));
        QVERIFY(stillSubmitted());
        grab(&dialog, u"decision-form-fr"_s);

        // Typing the decision's date sets the validity: seven years, less a day.
        auto *date = child<QLineEdit>(&dialog, u"decisionDate"_s);
        date->clear();
        QTest::keyClicks(date, u"10/03/2027"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"validFrom"_s)->text(), u"10/03/2027"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"validUntil"_s)->text(), u"09/03/2034"_s);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        click(&dialog, u"recordDecision"_s);
        const Evaluation decided = evaluations().get(m_data->admin, id);
        QVERIFY2(decided.state == u"decided"_s,
                 qPrintable(messageOf(&dialog, u"decisionMessage"_s)));
        QCOMPARE(decided.validUntil, QDate(2034, 3, 9));
        QCOMPARE(decided.types, QStringList{u"motor"_s});

        click(&dialog, u"issueCard"_s);
        const QList<Card> cards = m_data->ws().cards().forCase(m_data->admin, m_case.id);
        QCOMPARE(cards.size(), 1);
        QVERIFY(messageOf(&dialog, u"decisionSummary"_s).contains(cards.first().number));
        QVERIFY(child<QPushButton>(&dialog, u"issueCard"_s)->isHidden());
        // The next application for this file is, by default, the card's renewal.
        EvaluationDialog next(m_data->ws(), m_data->reception, m_case.id);
        QCOMPARE(child<QComboBox>(&next, u"kind"_s)->currentData().toString(), u"renewal"_s);
        grab(&dialog, u"decision-fr"_s);

        // Every role reads the decision; the doctor still reads the medical part.
        EvaluationDialog doctor(m_data->ws(), m_data->doctor, m_case.id, id);
        const QString summary = messageOf(&doctor, u"decisionSummary"_s);
        QVERIFY2(summary.contains(u"CPH-RAB-2027-0042"_s) && summary.contains(u"09/03/2034"_s),
                 qPrintable(summary));
        QVERIFY(!doctor.findChild<QWidget *>(u"decisionForm"_s));
        QVERIFY(doctor.findChild<QPlainTextEdit *>(u"diagnosis"_s)->isReadOnly());
    }

    void theHistoryKeepsEveryApplicationAndStartsTheReEvaluation()
    {
        const QString first = submitted();
        EvaluationService::Decision d;
        d.eligible = false;
        d.reference = u"CPH-RAB-2027-0007"_s;
        d.date = QDate(2027, 3, 10);
        d.reasons = u"Taux d'incapacité insuffisant"_s;
        evaluations().decide(m_data->admin, first, d);

        EvaluationTab tab(m_data->ws());
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(760, 320);
        tab.setActor(m_data->reception);
        tab.setCase(m_case.id);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QCOMPARE(tab.model()->rowCount(), 1);
        QCOMPARE(tab.model()->index(0, EvaluationHistoryModel::State).data().toString(),
                 u"Refusée"_s);
        click(&tab, u"newEvaluation"_s);
        QVERIFY(tab.dialog());
        auto *kind = child<QComboBox>(tab.dialog(), u"kind"_s);
        kind->setCurrentIndex(kind->findData(u"change"_s));
        click(tab.dialog(), u"openApplication"_s);
        QTRY_COMPARE(tab.model()->rowCount(), 2);
        QCOMPARE(tab.model()->index(0, EvaluationHistoryModel::Kind).data().toString(),
                 EvaluationLabels::label(u"change"_s));
        QVERIFY(tab.model()
                    ->index(1, EvaluationHistoryModel::Reference)
                    .data()
                    .toString()
                    .contains(u"CPH-RAB-2027-0007"_s));
        QVERIFY(!child<QPushButton>(&tab, u"newEvaluation"_s)->isEnabled());
        grab(&tab, u"history-fr"_s);
    }

    // A refusal is told by letter: reception opens it from the decision, to print or save it;
    // an eligible decision has none to offer.
    void aRefusalOffersItsLetterFromTheDecision()
    {
        const QString id = submitted();
        EvaluationService::Decision d;
        d.eligible = false;
        d.reference = u"CPH-RAB-2027-0009"_s;
        d.date = QDate(2027, 3, 10);
        d.reasons = u"Taux d'incapacité insuffisant"_s;
        evaluations().decide(m_data->admin, id, d);
        EvaluationDialog dialog(m_data->ws(), m_data->reception, m_case.id, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QTabWidget>(&dialog, u"evaluationPages"_s)->setCurrentIndex(3); // the decision
        auto *letter = child<QPushButton>(&dialog, u"refusalLetter"_s);
        QVERIFY(letter->isVisible());
        QString opened;
        whenModalShows([&opened](QWidget *modal) {
            opened = modal->objectName();
            modal->close();
        });
        letter->click();
        QCOMPARE(opened, u"caseDocumentDialog"_s);

        const QString granted = EvaluationPath::approved(*m_data, m_case.id);
        EvaluationDialog grantedDialog(m_data->ws(), m_data->reception, m_case.id, granted);
        QVERIFY(
            !child<QPushButton>(&grantedDialog, u"refusalLetter"_s)->isVisibleTo(&grantedDialog));
    }

    // From the case file: every role has the tab; only those who open applications start one.
    void theCaseFileHasTheTabForEveryRole()
    {
        EvaluationPath::approved(*m_data, m_case.id);
        for (const Actor &actor :
             {m_data->reception, m_data->doctor, m_data->social, m_data->admin}) {
            MainWindow window(m_data->ws(), actor);
            window.show();
            window.openCase(m_case.id);
            QVERIFY2(showTabHolding(&window, u"evaluationHistory"_s), qPrintable(actor.login));
            auto *history = child<QTableView>(&window, u"evaluationHistory"_s);
            QCOMPARE(history->model()->rowCount(), 1);
            QCOMPARE(child<QPushButton>(&window, u"newEvaluation"_s)->isVisibleTo(&window),
                     actor.can(Capability::OpenEvaluations));
            // Enter on the application opens it.
            history->setFocus();
            history->setCurrentIndex(history->model()->index(0, 0));
            QTest::keyClick(history, Qt::Key_Return);
            auto *dialog = window.findChild<EvaluationDialog *>();
            QVERIFY(dialog && dialog->isVisible());
            QVERIFY(messageOf(dialog, u"decisionSummary"_s).contains(u"CPH-RAB-2026-0117"_s));
            dialog->close();
        }
    }

    // The language changes with the dialog open: every page follows, without reopening it.
    void theOpenDialogFollowsALanguageSwitch()
    {
        const QString id = submitted();
        EvaluationDialog dialog(m_data->ws(), m_data->doctor, m_case.id, id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *pages = child<QTabWidget>(&dialog, u"evaluationPages"_s);
        ChoiceTableModel *impairments = dialog.medicalPage()->impairments();
        const int mobility = rowOf(impairments, EvaluationLabels::label(u"mobility"_s));
        QCOMPARE(impairments->index(mobility, 1).data().toString(), u"3 · grave"_s);
        AppLanguage::instance().apply(u"ar"_s);
        QCoreApplication::processEvents();
        QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(pages->tabText(1), u"الشق الطبي"_s);
        QCOMPARE(impairments->index(mobility, 1).data().toString(), u"3 · حاد"_s);
        QVERIFY(child<QLabel>(&dialog, u"socialReserved"_s)->text().contains(u"المساعدين"_s));
        QVERIFY(messageOf(&dialog, u"decisionSummary"_s).contains(u"اللجنة"_s));
    }

    void everyPageInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("ar") << u"ar"_s;
    }

    // The screens a person looks at, each as the role that works on it, in either language.
    void everyPageInBothLanguages()
    {
        QFETCH(QString, language);
        AppLanguage::instance().apply(language);
        const QString id = submitted();
        const auto shot = [&](const Actor &actor, int page, const QString &name) {
            EvaluationDialog dialog(m_data->ws(), actor, m_case.id, id);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.layoutDirection(),
                     language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            child<QTabWidget>(&dialog, u"evaluationPages"_s)->setCurrentIndex(page);
            grab(&dialog, name + u"-"_s + language);
        };
        shot(m_data->reception, 0, u"page-application"_s);
        shot(m_data->doctor, 1, u"page-medical"_s);
        shot(m_data->social, 2, u"page-social"_s);
        shot(m_data->doctor, 2, u"page-social-reserved"_s);
        shot(m_data->admin, 3, u"page-decision"_s);
    }
};

QTEST_MAIN(EvaluationUiTest)
#include "test_evaluation_ui.moc"
