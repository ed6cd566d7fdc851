#pragma once

#include <QString>

namespace jisr {

// Whether CUPS accepted the job Qt just handed it. Qt's CUPS print engine submits the job and
// ignores CUPS's answer: a queue that rejects jobs, a stopped server, a printer removed meanwhile
// all look like success to QPrinter. The watch notes the newest job of the queue before the print
// and looks for a newer one after. Without CUPS (another system, or a print to a file) it
// accepts: the print system's own answer is all there is.
class CupsJobWatch
{
public:
    explicit CupsJobWatch(QString printerName);

    // True when a job newer than at construction is now known for the queue.
    bool accepted() const;

private:
    int newestJob() const;

    QString m_printer;
    int m_before = 0;
};

} // namespace jisr
