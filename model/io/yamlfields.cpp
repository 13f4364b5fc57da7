#include "yamlfields.h"

#include "libyamltree.h"
#include "yamlout.h"

namespace Planar {

void ReadContext::error(const YAML::Mark &mark, const QString &message)
{
    const bool known = !mark.is_null();
    const ReadError e{mFile, known ? mark.line + 1 : 0, known ? mark.column + 1 : 0, message};
    const QString key = e.toString();
    if (mSeen.contains(key)) return;
    mSeen.insert(key);
    mErrors.append(e);
}

QString excerpt(const QString &text)
{
    QString out;
    const qsizetype cut = text.size() > kExcerptLength ? kExcerptLength - 1 : text.size();
    for (qsizetype i = 0; i < cut; ++i) {
        const QChar c = text[i];
        if (c.isPrint() || c.isSurrogate())
            out += c;
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (cut < text.size()) out += QChar(0x2026);
    return out;
}

std::optional<int> parseStrictInt(const QString &text)
{
    // Decimal only: YAML 1.1 readers disagree on 0x, 0o and 1_000.
    if (text.isEmpty() || text.size() > 10) return std::nullopt;
    qsizetype i = (text[0] == u'-' || text[0] == u'+') ? 1 : 0;
    if (i == text.size()) return std::nullopt;
    for (qsizetype j = i; j < text.size(); ++j)
        if (!text[j].isDigit()) return std::nullopt;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) return std::nullopt;
    return value;
}

namespace {

bool isAscii(std::string_view bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

} // namespace

template <> QString scalarText<TreeNode>(const TreeNode &node)
{
    // Most scalars of a plan are ASCII: those skip the UTF-8 decoder.
    const std::string_view bytes = scalarBytes(node);
    if (!isAscii(bytes)) return decodeUtf8(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
}

std::string_view scalarBytes(const TreeNode &node)
{
    return node.ScalarView();
}

template <typename Node>
FieldReader<Node>::FieldReader(ReadContext &context, const Node &node, QString what)
    : mContext(context), mNode(node), mWhat(std::move(what))
{
    readEntries();
}

template <typename Node>
FieldReader<Node>::FieldReader(ReadContext &context, const Node &node, What what)
    : mContext(context), mNode(node), mWhatLater(std::move(what))
{
    readEntries();
}

template <typename Node>
bool FieldReader<Node>::sameKey(const Entry &a, std::string_view bytes, bool ascii,
                                const Node &keyNode)
{
    if (a.key == bytes) return true;
    // Different bytes are different text, unless a decoder maps both to the same text.
    if (a.ascii && ascii) return false;
    return scalarText(a.keyNode) == scalarText(keyNode);
}

template <typename Node> void FieldReader<Node>::readEntries()
{
    if (!mNode.IsMap()) {
        mContext.error(mNode, QStringLiteral("%1 must be a mapping of keys to values").arg(what()));
        return;
    }
    mIsMap = true;
    mEntries.reserve(qsizetype(mNode.size()));
    for (auto it = mNode.begin(); it != mNode.end(); ++it) {
        if (!it->first.IsScalar()) {
            mContext.error(it->first, QStringLiteral("%1 has a key that is not text").arg(what()));
            continue;
        }
        const std::string_view bytes = scalarBytes(it->first);
        const bool ascii = isAscii(bytes);
        bool repeated = false;
        if (mEntries.size() < kScanLimit) {
            repeated = std::any_of(mEntries.cbegin(), mEntries.cend(), [&](const Entry &e) {
                return sameKey(e, bytes, ascii, it->first);
            });
        } else {
            if (mIndex.isEmpty())
                for (qsizetype i = 0; i < mEntries.size(); ++i)
                    mIndex.insert(scalarText(mEntries[i].keyNode), i);
            const QString key = scalarText(it->first);
            repeated = mIndex.contains(key);
            if (!repeated) mIndex.insert(key, mEntries.size());
        }
        if (repeated) {
            mContext.error(it->first, QStringLiteral("key '%1' appears twice in %2; keep one")
                                          .arg(excerpt(scalarText(it->first)), what()));
            continue;
        }
        mEntries.append({bytes, ascii, it->first, it->second, false});
    }
}

template <typename Node> typename FieldReader<Node>::Entry *FieldReader<Node>::find(const char *key)
{
    // An ASCII key: a decoded non-ASCII key never equals it, so bytes decide.
    if (mIndex.isEmpty()) {
        const std::string_view wanted(key);
        for (Entry &e : mEntries)
            if (e.key == wanted) return &e;
        return nullptr;
    }
    const qsizetype i = mIndex.value(QString::fromLatin1(key), -1);
    return i < 0 ? nullptr : &mEntries[i];
}

template <typename Node> bool FieldReader<Node>::has(const char *key) const
{
    return const_cast<FieldReader *>(this)->find(key) != nullptr;
}

template <typename Node> Node FieldReader<Node>::take(const char *key)
{
    Entry *e = find(key);
    if (!e) return Node(YAML::NodeType::Undefined);
    e->used = true;
    return e->value;
}

template <typename Node> void FieldReader<Node>::missing(const char *key)
{
    mContext.error(mNode, QStringLiteral("%1 is missing the required key '%2'").arg(what(), key));
}

template <typename Node>
void FieldReader<Node>::wrongType(const Node &value, const char *key, const QString &expected)
{
    QString got = QStringLiteral("a mapping");
    if (value.IsScalar())
        got = QStringLiteral("'%1'").arg(excerpt(scalarText(value)));
    else if (value.IsSequence())
        got = QStringLiteral("a list");
    mContext.error(value, QStringLiteral("'%1' of %2 must be %3, not %4")
                              .arg(QLatin1String(key), what(), expected, got));
}

template <typename Node>
template <typename Text>
QString FieldReader<Node>::scalarField(const char *key, bool required, Text text)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required && mIsMap) missing(key);
        return {};
    }
    if (!value.IsScalar()) {
        wrongType(value, key, QStringLiteral("text"));
        return {};
    }
    const QString read = text(value);
    if (required && read.isEmpty()) missing(key);
    return read;
}

template <typename Node> QString FieldReader<Node>::string(const char *key, bool required)
{
    return scalarField(key, required, [&](const Node &n) { return mContext.sharedText(n); });
}

template <typename Node> QString FieldReader<Node>::id(const char *key, bool required)
{
    return scalarField(key, required, [&](const Node &n) { return mContext.idText(n); });
}

template <typename Node>
std::optional<int> FieldReader<Node>::integer(const char *key, bool required, int min, int max)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required && mIsMap) missing(key);
        return std::nullopt;
    }
    // A quoted scalar ('1') is text in YAML 1.2, and other readers take it as such: refused.
    const bool quoted = value.Tag() == "!";
    const auto number =
        value.IsScalar() && !quoted ? parseStrictInt(scalarText(value)) : std::nullopt;
    if (!number) {
        wrongType(value, key,
                  quoted ? QStringLiteral("a whole number without quotes")
                         : QStringLiteral("a whole number"));
        return std::nullopt;
    }
    if (*number < min || *number > max) {
        mContext.error(value, QStringLiteral("'%1' of %2 must be from %3 to %4, not %5")
                                  .arg(QLatin1String(key), what())
                                  .arg(min)
                                  .arg(max)
                                  .arg(*number));
        return std::nullopt;
    }
    return number;
}

template <typename Node> std::optional<bool> FieldReader<Node>::boolean(const char *key)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) return std::nullopt;
    const QString text = value.IsScalar() ? scalarText(value).toLower() : QString();
    if (text == u"true" || text == u"yes" || text == u"on") return true;
    if (text == u"false" || text == u"no" || text == u"off") return false;
    wrongType(value, key, QStringLiteral("true or false"));
    return std::nullopt;
}

template <typename Node>
QStringList FieldReader<Node>::stringList(const char *key, bool allowScalar)
{
    return listField(key, allowScalar, [](const Node &n) { return scalarText(n); });
}

template <typename Node> QStringList FieldReader<Node>::idList(const char *key)
{
    return listField(key, false, [&](const Node &n) { return mContext.idText(n); });
}

template <typename Node>
template <typename Text>
QStringList FieldReader<Node>::listField(const char *key, bool allowScalar, Text text)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) return {};
    if (value.IsScalar() && allowScalar) return {text(value)};
    if (!value.IsSequence()) {
        wrongType(value, key,
                  allowScalar ? QStringLiteral("text or a list of text")
                              : QStringLiteral("a list"));
        return {};
    }
    QStringList out;
    for (const Node &item : value) {
        if (!item.IsScalar()) {
            wrongType(item, key, QStringLiteral("a list of text"));
            continue;
        }
        out << text(item);
    }
    return out;
}

template <typename Node> QList<int> FieldReader<Node>::intList(const char *key)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) return {};
    if (!value.IsSequence()) {
        wrongType(value, key, QStringLiteral("a list of whole numbers"));
        return {};
    }
    QList<int> out;
    for (const Node &item : value) {
        const auto number = item.IsScalar() ? parseStrictInt(scalarText(item)) : std::nullopt;
        if (!number) {
            wrongType(item, key, QStringLiteral("a list of whole numbers"));
            continue;
        }
        out << *number;
    }
    return out;
}

template <typename Node>
QString FieldReader<Node>::choice(const char *key, const QStringList &choices, bool required)
{
    const Node value = take(key);
    if (!value.IsDefined() || value.IsNull()) {
        if (required && mIsMap) missing(key);
        return {};
    }
    const QString text = value.IsScalar() ? scalarText(value) : QString();
    if (!choices.contains(text)) {
        wrongType(value, key, QStringLiteral("one of ") + choices.join(QStringLiteral(", ")));
        return {};
    }
    return text;
}

template <typename Node> ExtraKeys FieldReader<Node>::extras() const
{
    ExtraKeys out;
    for (const Entry &e : mEntries)
        if (!e.used)
            out.append({scalarText(e.keyNode), yamlText(e.value), e.keyNode.Mark().line + 1,
                        e.keyNode.Mark().column + 1});
    return out;
}

template class FieldReader<YAML::Node>;
template class FieldReader<TreeNode>;

} // namespace Planar
