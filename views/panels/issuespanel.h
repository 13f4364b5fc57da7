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

    /** Lists @p findings; @p keys[i] are the canvas keys finding i shows (its subjects when
     *  missing). */
    void setFindings(const QList<Finding> &findings, const QList<QStringList> &keys = {});
    QTreeWidget *tree() const { return mTree; }
    /** Row of the first finding with @p code, or -1. */
    int rowOf(const QString &code) const;

Q_SIGNALS:
    /** A finding was clicked: the canvas keys it is about. */
    void subjectsActivated(const QStringList &keys);

private:
    QTreeWidget *mTree;
    QLabel *mEmpty;
};

} // namespace Planar
