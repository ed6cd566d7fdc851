#include "evaluation/evaluationlabels.h"

#include "common/bidi.h"
#include "common/codelabels.h"
#include "evaluation/evaluation.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace jisr {

QString EvaluationLabels::label(const QString &code)
{
    // Rebuilt on each call so that it follows a language switch.
    const QHash<QString, QString> labels = {
        {u"first"_s, tr("First card")},
        {u"renewal"_s, tr("Renewal")},
        {u"change"_s, tr("Change of situation")},
        {u"self"_s, tr("The person")},
        {u"guardian"_s, tr("A guardian")},
        {u"open"_s, tr("Application in progress")},
        {u"submitted"_s, tr("At the committee")},
        {u"decided"_s, tr("Decided")},
        {u"mobility"_s, tr("Mobility")},
        {u"vision"_s, tr("Vision")},
        {u"hearing"_s, tr("Hearing")},
        {u"speech"_s, tr("Speech")},
        {u"intellectual"_s, tr("Intellectual functions")},
        {u"psychic"_s, tr("Mental functions")},
        {u"visceral"_s, tr("Internal organs")},
        {u"learning"_s, tr("Learning and applying knowledge")},
        {u"communication"_s, tr("Communication")},
        {u"self_care"_s, tr("Self-care")},
        {u"domestic_life"_s, tr("Domestic life")},
        {u"interpersonal"_s, tr("Relationships with others")},
        {u"education"_s, tr("Education")},
        {u"employment"_s, tr("Work and employment")},
        {u"community"_s, tr("Community and social life")},
        {u"products_technology"_s, tr("Products and technology")},
        {u"natural_environment"_s, tr("Natural and built environment")},
        {u"support_relationships"_s, tr("Support and relationships")},
        {u"attitudes"_s, tr("Attitudes")},
        {u"services_policies"_s, tr("Services, systems and policies")},
        {u"barrier"_s, tr("Barrier")},
        {u"facilitator"_s, tr("Facilitator")},
        {u"photo"_s, tr("Photo")},
        {u"guardianship_order"_s, tr("Guardianship judgement")},
        {u"domain"_s, tr("Domain")},
        {u"factor"_s, tr("Factor")},
        {u"qualifier"_s, tr("Qualifier")},
        {u"performance"_s, tr("Performance")},
        {u"capacity"_s, tr("Capacity")},
        {u"effect"_s, tr("Effect")},
    };
    const auto it = labels.constFind(code);
    if (it != labels.cend())
        return *it;
    // A qualifier in a table's cell: the digit and one word, readable in a narrow column.
    const QStringList qualifiers{tr("0 · none"), tr("1 · mild"), tr("2 · moderate"),
                                 tr("3 · severe"), tr("4 · complete")};
    if (code.size() == 1 && code.at(0) >= u'0' && code.at(0) <= u'4')
        return qualifiers.at(code.toInt());
    return CodeLabels::label(code);
}

QString EvaluationLabels::longLabel(const QString &code)
{
    if (code.size() == 1 && code.at(0) >= u'0' && code.at(0) <= u'4')
        return qualifier(code.toInt());
    return label(code);
}

QString EvaluationLabels::qualifier(int value)
{
    switch (value) {
    case 0:
        return tr("0 · no problem (0-4 %)");
    case 1:
        return tr("1 · mild problem (5-24 %)");
    case 2:
        return tr("2 · moderate problem (25-49 %)");
    case 3:
        return tr("3 · severe problem (50-95 %)");
    case 4:
        return tr("4 · complete problem (96-100 %)");
    }
    return {};
}

QString EvaluationLabels::qualifierLegend()
{
    return tr("ICF qualifiers: 0 none, 1 mild, 2 moderate, 3 severe, 4 complete. A domain left "
              "empty was not assessed. Type the digit or press F2 to choose.");
}

QString EvaluationLabels::date(const QDate &d)
{
    return d.isValid() ? leftToRight(d.toString(u"dd/MM/yyyy"_s)) : QString();
}

QString EvaluationLabels::outcome(const Evaluation &e)
{
    if (e.state != u"decided"_s || !e.eligible)
        return label(e.state);
    if (!*e.eligible)
        return tr("Refused");
    return tr("Eligible, %1, valid until %2")
        .arg(CodeLabels::label(e.degree).toLower(), date(e.validUntil));
}

} // namespace jisr
