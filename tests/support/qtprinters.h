#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <ostream>

// So that a failed EXPECT_EQ on Qt types prints the values, not bytes.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &s, std::ostream *os);
void PrintTo(const QStringList &l, std::ostream *os);
void PrintTo(const QVariant &v, std::ostream *os);
QT_END_NAMESPACE
