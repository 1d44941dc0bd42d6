// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/addfeeddialog.h"

#include "net/fetcher.h"
#include "text/loader.h"

#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace parley {

namespace {
// Settings key of the address of each saved feed, by file name, so messages can name it.
const QString kFeedsKey = QStringLiteral("feeds/");
} // namespace

AddFeedDialog::AddFeedDialog(QWidget* parent)
    : QDialog(parent), m_url(new QLineEdit(this)), m_message(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_fetcher(new Fetcher({}, this))
{
    setObjectName(QStringLiteral("addFeedDialog"));
    setWindowTitle(tr("Add feed — Parley"));
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://example.org/world/rss.xml"));
    m_url->setClearButtonEnabled(true);
    m_url->setMinimumWidth(420);
    m_message->setObjectName(QStringLiteral("feedMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("The address of an RSS or Atom feed (or of one article page). Each "
                          "item becomes an article, added to what is open."));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Feed address:"), m_url);
    form->addRow(m_message);
    form->addRow(m_progress);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::startDownload);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_fetcher->abort();
        reject();
    });
    connect(m_fetcher, &Fetcher::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / total));
        }
    });
}

AddFeedDialog::~AddFeedDialog() = default;

QString AddFeedDialog::feedFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/feeds");
}

QString AddFeedDialog::addressOf(const QString& path)
{
    const QString folder = feedFolder() + QLatin1Char('/');
    if (!path.startsWith(folder))
        return path;
    const QString rest = path.mid(folder.size());
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString file = colon < 0 ? rest : rest.left(colon);
    const QString url = QSettings().value(kFeedsKey + file).toString();
    return url.isEmpty() ? path : url + (colon < 0 ? QString() : rest.mid(colon));
}

void AddFeedDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_url->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void AddFeedDialog::startDownload()
{
    const QString text = m_url->text().trimmed();
    if (!isWebUrl(text)) {
        m_message->setText(tr("Give an address starting with http:// or https://."));
        return;
    }
    setBusy(true);
    m_message->setText(tr("Downloading %1…").arg(text.toHtmlEscaped()));
    m_fetcher->fetch(QUrl(text), [this, text](Result<Download> got) {
        setBusy(false);
        if (!got.ok()) {
            m_message->setText(got.error().toString().toHtmlEscaped());
            return;
        }
        const Download& d = got.value();
        // Refuse what holds no article now, while the address can still be corrected,
        // rather than add an empty source to the corpus.
        const QString suffix = suffixFor(d);
        const LoadResult check = loadBytes(d.bytes, QStringLiteral("download.") + suffix);
        if (check.documents.empty()) {
            const QString why = check.errors.empty() ? tr("no text") : check.errors[0].message;
            m_message->setText(tr("%1: no article in it (%2)").arg(text, why).toHtmlEscaped());
            return;
        }
        // One file per address, so adding a feed again refreshes it instead of doubling it.
        const QByteArray key =
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10);
        const QString host = d.url.host().isEmpty() ? QStringLiteral("feed") : d.url.host();
        const QString file =
            feedFolder() + QStringLiteral("/%1-%2.%3").arg(host, QString::fromLatin1(key), suffix);
        QSaveFile out(file);
        if (!QDir().mkpath(feedFolder()) || !out.open(QIODevice::WriteOnly) ||
            out.write(d.bytes) != d.bytes.size() || !out.commit()) {
            m_message->setText(
                tr("%1: cannot be saved: %2").arg(file, out.errorString()).toHtmlEscaped());
            return;
        }
        QSettings().setValue(kFeedsKey + QFileInfo(file).fileName(), text);
        m_saved = file;
        m_download = std::make_unique<Download>(d);
        accept();
    });
}

} // namespace parley
