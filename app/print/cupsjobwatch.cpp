#include "print/cupsjobwatch.h"

#ifdef JISR_HAVE_CUPS
#include <cups/cups.h>
#endif

namespace jisr {

CupsJobWatch::CupsJobWatch(QString printerName) : m_printer(std::move(printerName))
{
    m_before = newestJob();
}

int CupsJobWatch::newestJob() const
{
#ifdef JISR_HAVE_CUPS
    cups_job_t *jobs = nullptr;
    const QByteArray name = m_printer.toUtf8();
    // All users' jobs, finished ones too: the job may already be done when we look.
    const int count =
        cupsGetJobs2(CUPS_HTTP_DEFAULT, &jobs, name.constData(), 0, CUPS_WHICHJOBS_ALL);
    int newest = 0;
    for (int i = 0; i < count; ++i)
        newest = qMax(newest, jobs[i].id);
    cupsFreeJobs(count, jobs);
    return newest;
#else
    return 0;
#endif
}

bool CupsJobWatch::accepted() const
{
#ifdef JISR_HAVE_CUPS
    return newestJob() > m_before;
#else
    return true;
#endif
}

} // namespace jisr
