// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/imageexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace parley {

/// Options of File ▸ Export image: region, size, scale (PNG), background, labels.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `svg` hides the PNG-only scale; `viewSize` is the size of the visible area.
    ExportDialog(bool svg, QSize viewSize, QWidget* parent = nullptr);
    ExportOptions options() const;

private:
    void updateSize();

    QSize m_viewSize;
    QRadioButton* m_whole = nullptr;
    QRadioButton* m_visible = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
    QCheckBox* m_transparent = nullptr;
    QCheckBox* m_labels = nullptr;
    QCheckBox* m_legend = nullptr;
};

} // namespace parley
