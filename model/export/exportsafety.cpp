#include "exportsafety.h"

#include <QRegularExpression>

namespace Planar::ExportSafety {

namespace {

bool matches(const QString &text, const char *pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return re.match(text).hasMatch();
}

bool isLabelName(const QString &text)
{
    return text.size() <= 63 && matches(text, "[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
}

bool isDnsSubdomain(const QString &text)
{
    if (text.isEmpty() || text.size() > 253) return false;
    const QStringList parts = text.split(QLatin1Char('.'));
    for (const QString &part : parts)
        if (!isDnsLabel(part)) return false;
    return true;
}

bool isSafeCommentChar(QChar c)
{
    if (c.unicode() >= 0x80) return false;
    if (c.isLetterOrNumber() || c == QLatin1Char(' ')) return true;
    return QStringLiteral("_.,:/()+=@%-").contains(c);
}

} // namespace

bool isDnsLabel(const QString &text)
{
    return text.size() <= 63 && matches(text, "[a-z0-9]([-a-z0-9]*[a-z0-9])?");
}

bool isInterfaceName(const QString &text)
{
    return text != QLatin1String(".") && text != QLatin1String("..") &&
           matches(text, "[A-Za-z0-9_.:-]{1,15}");
}

bool isLabelKey(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0) return isLabelName(text);
    return isDnsSubdomain(text.left(slash)) && isLabelName(text.mid(slash + 1));
}

bool isLabelValue(const QString &text)
{
    return text.isEmpty() || isLabelName(text);
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
