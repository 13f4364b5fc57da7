#include "aliasbudget.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <vector>

namespace Planar {

namespace {

/** Thrown to stop the parser at the first alias over the limit. */
struct Overrun {
    YAML::Mark mark;
};

/**
 * Sizes every anchored node as it closes (its own nodes plus what its aliases expand to) and
 * adds that size for each alias. Sizes saturate at the limit, so the sums never overflow.
 */
class ExpansionCounter : public YAML::EventHandler {
public:
    explicit ExpansionCounter(qint64 limit) : mLimit(limit) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                  const std::string &) override
    {
        leaf(anchor);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = mSizes.find(anchor);
        const qint64 size = it == mSizes.end() ? 1 : it->second;
        mAdded = std::min(mLimit + 1, mAdded + size);
        if (mAdded > mLimit) throw Overrun{mark};
        add(size);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        mOpen.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        mOpen.push_back({anchor, 1});
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        YAML::anchor_t anchor;
        qint64 size;
    };
    void add(qint64 size)
    {
        if (!mOpen.empty()) mOpen.back().size = std::min(mLimit + 1, mOpen.back().size + size);
    }
    void leaf(YAML::anchor_t anchor)
    {
        if (anchor) mSizes[anchor] = 1;
        add(1);
    }
    void close()
    {
        const Open done = mOpen.back();
        mOpen.pop_back();
        if (done.anchor) mSizes[done.anchor] = done.size;
        add(done.size);
    }

    qint64 mLimit;
    qint64 mAdded = 0;
    std::vector<Open> mOpen;
    std::unordered_map<YAML::anchor_t, qint64> mSizes;
};

} // namespace

std::optional<AliasOverrun> checkAliasExpansion(const QByteArray &yaml, qint64 limit)
{
    // Every alias starts with '*'; most plans have none and skip the second parse.
    if (!yaml.contains('*')) return std::nullopt;
    std::istringstream in(yaml.toStdString());
    YAML::Parser parser(in);
    ExpansionCounter counter(limit);
    try {
        while (parser.HandleNextDocument(counter)) {
        }
    } catch (const Overrun &o) {
        return AliasOverrun{o.mark, limit};
    }
    return std::nullopt;
}

} // namespace Planar
