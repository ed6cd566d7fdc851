#pragma once

#include "platform/changelog/changelog.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jisr {

// One row a committed write changed, as announced to the models (WritePath::committed).
struct RowChange
{
    QString table;
    QString rowId;
    ChangeRecord::Operation operation = ChangeRecord::Operation::Update;
    QStringList fields;
};

using RowChanges = QList<RowChange>;

} // namespace jisr
