#pragma once

#include "testcentre.h"

#include <QString>

// The path to a card, done for real by the accounts whose job each step is, for the tests and
// benchmarks that need a case file at a given step.
namespace EvaluationPath {

// Adds the supporting documents (CIN copy, medical report, social inquiry) and a photo.
void completeFile(TestCentre &centre, const QString &caseId);
// Opens an application (reception) and records the medical (doctor) and social (social worker)
// parts. Returns the evaluation's id.
QString evaluated(TestCentre &centre, const QString &caseId);
// completeFile + evaluated + submitted + decided eligible (administrator) today.
QString approved(TestCentre &centre, const QString &caseId);

} // namespace EvaluationPath
