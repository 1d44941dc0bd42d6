// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace parley {

class Fetcher;
struct Download;

/// File ▸ Add feed…: asks for the address of an RSS or Atom feed (or a page), downloads it
/// with parley_net (timeout, size cap, no cookies) while showing progress, and saves it in
/// the user's feed folder, from where it is read like any other file. A failure is shown in
/// the dialog, naming the address and the reason, and the address can be corrected; the
/// dialog closes (accepted) only once the download is saved.
class AddFeedDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddFeedDialog(QWidget* parent = nullptr);
    ~AddFeedDialog() override;

    QLineEdit* urlField() const { return m_url; }
    QLabel* messageLabel() const { return m_message; }
    /// The saved download, once accepted.
    QString savedFile() const { return m_saved; }
    /// The download itself, once accepted (a project adds its articles directly).
    const Download& download() const { return *m_download; }
    /// Starts the download of the address in the field (the OK button does this).
    void startDownload();

    /// Where downloaded feeds are kept: <app data>/feeds, one file per address.
    static QString feedFolder();
    /// `path` ("file" or "file:line") with a downloaded feed's file replaced by the address
    /// it came from, for messages; other paths unchanged.
    static QString addressOf(const QString& path);

private:
    void setBusy(bool busy);

    QLineEdit* m_url;
    QLabel* m_message;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    Fetcher* m_fetcher;
    QString m_saved;
    std::unique_ptr<Download> m_download;
};

} // namespace parley
