// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/assessment.h"
#include "engine/function_table.h"

namespace urs {

// A message from a rule file with {expression} holes, checked when loaded and filled from the
// facts when a finding is made: "{gb(volume.free_bytes)} free". "{{" and "}}" are braces.
class TextTemplate {
public:
    // Throws ExpressionError (column within the text).
    static TextTemplate parse(const QString &text, const ParseScope &scope);
    QString render(const EvalContext &context) const;
    bool isEmpty() const { return m_parts.isEmpty(); }

private:
    struct Part {
        QString literal;
        ExprPtr expr;
    };
    QList<Part> m_parts;
};

// The same message in both languages.
struct LocalizedTemplate {
    TextTemplate en;
    TextTemplate ja;
    LocalizedText render(EvalContext context) const;
};

} // namespace urs
