#pragma once

#include "check/finding.h"

#include <QWidget>

class QTreeWidget;
class QLabel;

namespace Planar {

/** Lists the validator's findings; activating one asks for its subjects to be shown. */
class IssuesPanel : public QWidget {
    Q_OBJECT
public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    QTreeWidget *tree() const { return mTree; }
    /** Row of the first finding with @p code, or -1. */
    int rowOf(const QString &code) const;

Q_SIGNALS:
    void subjectsActivated(const QStringList &subjects);

private:
    QTreeWidget *mTree;
    QLabel *mEmpty;
};

} // namespace Planar
