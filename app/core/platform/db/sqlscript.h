#pragma once

#include <QStringList>

namespace jisr {

// Splits a migration script into statements at the semicolons that end them, ignoring those in
// quoted strings, -- comments and $$-quoted function bodies. Only for our own migration files,
// whose syntax we control; never for text from outside.
namespace SqlScript {
QStringList statements(const QString &script);
}

} // namespace jisr
