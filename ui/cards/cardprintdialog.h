#pragma once

#include "platform/access/accesscontrol.h"
#include "print/cardbatchprint.h"
#include "print/cardsink.h"

#include <QDialog>
#include <QPointF>
#include <functional>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;

namespace jisr {

class Workspace;

// Prints one card or a batch: a preview of the first card front and back, where it goes (a
// card printer in one pass with duplex or in two passes, A4 plain paper for a test, a PDF
// file), the printer's calibration in millimetres (kept per printer in the settings), the
// reason of a reprint. The batch runs with a progress bar and Cancel; each card printed is in
// the print log and only those are marked printed (CardBatchPrint).
class CardPrintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Destination { Duplex, TwoPasses, A4Sheet, Pdf };
    // The printer a print goes to; the dialog makes a real one (QPrinter through Qt's print
    // system) unless a test gives its own stand-in for the physical printer.
    using SinkFactory = std::function<std::unique_ptr<CardSink>(
        Destination, const QString &printerName, QPointF offsetMm)>;

    CardPrintDialog(Workspace &workspace, const Actor &actor, QStringList cardIds,
                    QWidget *parent = nullptr);
    ~CardPrintDialog() override;

    void setSinkFactory(SinkFactory factory) { m_factory = std::move(factory); }
    // The summary of the last print, as shown to the user.
    QString lastReport() const { return m_lastReport; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildPreview();
    void destinationChanged();
    void printerChanged();
    void saveCalibration();
    void print();
    std::unique_ptr<CardSink> makeSink(Destination d, const QString &printer, QPointF offset);
    QString report(const CardBatchPrint::Outcome &out) const;

    Workspace &m_ws;
    Actor m_actor;
    QStringList m_cardIds;
    bool m_anyReprint = false;
    SinkFactory m_factory;
    std::unique_ptr<QPrinter> m_printer;
    QString m_lastReport;

    QLabel *m_summary = nullptr;
    QLabel *m_front = nullptr;
    QLabel *m_back = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QComboBox *m_destination = nullptr;
    QLabel *m_printerLabel = nullptr;
    QComboBox *m_printerName = nullptr;
    QLabel *m_offsetLabel = nullptr;
    QDoubleSpinBox *m_offsetX = nullptr;
    QDoubleSpinBox *m_offsetY = nullptr;
    QPushButton *m_saveCalibration = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace jisr
