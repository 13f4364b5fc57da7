#pragma once

#include <QDialog>

class QRadioButton;

namespace Planar {

/** File ▸ New: start from the seed's three planes (the default) or from a blank plan. */
class NewPlanDialog : public QDialog {
    Q_OBJECT
public:
    enum class Start { ThreePlanes, Blank };

    explicit NewPlanDialog(QWidget *parent = nullptr);
    Start start() const;

private:
    QRadioButton *mThreePlanes;
    QRadioButton *mBlank;
};

} // namespace Planar
