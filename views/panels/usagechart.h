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
 * A horizontal bar chart of address use, in percent of each range. The only class that knows
 * Qt Charts, so that a Qt Graphs backend can replace it once Qt 6.8 is the floor.
 */
class UsageChart : public QWidget {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);
    ~UsageChart() override;

    void setUsage(const QList<Usage> &usage);
    const QList<Usage> &usage() const { return mUsage; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QList<Usage> mUsage;
};

} // namespace Planar
