#pragma once

#include <QWidget>

namespace Planar {

/** One bar of the address-use chart: how much of a range is taken. */
struct Usage {
    QString label;
    quint64 used = 0;
    quint64 capacity = 0;
};

/**
 * A horizontal bar chart of address use, in percent of each range. It shows as many bars as
 * its height gives readable labels, the first ones given, and one more that sums up the rest,
 * so that a plan of thousands of networks reads like a small one. The only class that knows
 * Qt Charts, so that a Qt Graphs backend can replace it once Qt 6.8 is the floor.
 */
class UsageChart : public QWidget {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);
    ~UsageChart() override;

    /** Every range, the most important first (the chart cuts the list, not the caller). */
    void setUsage(const QList<Usage> &usage);
    /** The bars shown now, top to bottom; the last may stand for "N others". */
    const QList<Usage> &usage() const { return mShown; }

private:
    /** Shows more or fewer bars when the plot's height changed. */
    void fitRows();
    /** How many bars fit with whole labels at the current height. */
    int rowsThatFit() const;
    void rebuild();

    struct Private;
    std::unique_ptr<Private> d;
    QList<Usage> mAll;
    QList<Usage> mShown;
};

} // namespace Planar
