#include "exportsafety.h"

#include "net/names.h"

namespace Planar::ExportSafety {

namespace {

bool isSafeCommentChar(QChar c)
{
    if (c.unicode() >= 0x80) return false;
    if (c.isLetterOrNumber() || c == QLatin1Char(' ')) return true;
    return QStringLiteral("_.,:/()+=@%-").contains(c);
}

} // namespace

// The name rules live in net/names.h, where the validator asks them too.
bool isDnsLabel(const QString &text)
{
    return Names::isDnsLabel(text);
}

bool isInterfaceName(const QString &text)
{
    return Names::isInterfaceName(text);
}

bool isLabelKey(const QString &text)
{
    return Names::isLabelKey(text);
}

bool isLabelValue(const QString &text)
{
    return Names::isLabelValue(text);
}

QString commentText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(text.size());
    bool lastSpace = true; // drops leading white space
    for (const QChar c : text) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!lastSpace) out.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        out.append(isSafeCommentChar(c) ? c : QLatin1Char('?'));
        lastSpace = false;
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    if (out.size() > maxLength) out = out.left(qMax(0, maxLength - 3)) + QLatin1String("...");
    return out;
}

QString shown(const QString &text)
{
    QString out;
    for (const QChar c : text.left(40)) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (c.isPrint() && c.unicode() < 0x80)
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (text.size() > 40) out += QLatin1String("...");
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace Planar::ExportSafety
