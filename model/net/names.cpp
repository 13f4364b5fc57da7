#include "names.h"

#include <algorithm>

namespace Planar::Names {

namespace {

// Hand-written scans rather than regular expressions: ids are checked for every entity of
// plans with 100,000 of them.
bool isLower(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(char16_t c)
{
    return isLower(c) || (c >= u'A' && c <= u'Z');
}

/** 1..63 characters: @p edge at both ends, @p edge or @p inner between them. */
template <typename Edge, typename Inner> bool isName(QStringView text, Edge edge, Inner inner)
{
    if (text.isEmpty() || text.size() > 63) return false;
    if (!edge(text.front().unicode()) || !edge(text.back().unicode())) return false;
    return std::all_of(text.begin(), text.end(),
                       [&](QChar c) { return edge(c.unicode()) || inner(c.unicode()); });
}

// The character tests go in as lambdas, not function pointers, so that they are inlined: every
// id of the plan is checked.
bool isDnsLabelView(QStringView text)
{
    return isName(
        text, [](char16_t c) { return isLower(c); }, [](char16_t c) { return c == u'-'; });
}

bool isLabelName(QStringView text)
{
    return isName(
        text, [](char16_t c) { return isAlnum(c); },
        [](char16_t c) { return c == u'-' || c == u'_' || c == u'.'; });
}

} // namespace

bool isDnsLabel(const QString &text)
{
    return isDnsLabelView(text);
}

bool isDnsSubdomain(const QString &text)
{
    if (text.isEmpty() || text.size() > 253) return false;
    for (const QStringView part : QStringView(text).split(u'.'))
        if (!isDnsLabelView(part)) return false;
    return true;
}

bool isInterfaceName(const QString &text)
{
    if (text.isEmpty() || text.size() > 15) return false;
    // Only then the two names the kernel refuses: a string comparison per NIC costs more than
    // the character test.
    if (text.size() <= 2 && (text == u"." || text == u"..")) return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return isAlnum(u) || u == u'_' || u == u'.' || u == u':' || u == u'-';
    });
}

bool isLabelKey(const QString &text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) return isLabelName(text);
    return isDnsSubdomain(text.left(slash)) && isLabelName(QStringView(text).mid(slash + 1));
}

bool isLabelValue(const QString &text)
{
    return text.isEmpty() || isLabelName(text);
}

} // namespace Planar::Names
