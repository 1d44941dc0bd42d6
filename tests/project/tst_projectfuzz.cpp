// SPDX-License-Identifier: GPL-3.0-or-later
// Replays tests/fuzz/corpus/project (seeds and any crash found) through the project fuzz
// target in the ordinary build, plus damaged variants of a fresh project and record.
#include "projectfixture.h"

#include "project/projectfile.h"
#include "project/recordcodec.h"

#include <QDir>
#include <QTemporaryDir>

int parleyFuzzProject(const unsigned char* data, std::size_t size);

using namespace parley;

namespace {

void feed(const QByteArray& bytes)
{
    parleyFuzzProject(reinterpret_cast<const unsigned char*>(bytes.constData()), std::size_t(bytes.size()));
}

} // namespace

class TestProjectFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus()
    {
        const QDir dir(QStringLiteral(PARLEY_SOURCE_DIR "/tests/fuzz/corpus/project"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            feed(f.readAll());
        }
    }

    void damagedRecordsAndFiles()
    {
        const ProjectData data = test::sampleProject();
        const QByteArray record = encodeRecord(data.records.front());
        ExtractedDocument back;
        QVERIFY(decodeRecord(record, data.records.front().document.text.size(), back));
        QCOMPARE(encodeRecord(back), record);
        // Every truncation and a byte flipped at every offset: rejected or consistent.
        for (qsizetype n = 0; n < record.size(); n += 7)
            feed(record.left(n));
        for (qsizetype i = 0; i < record.size(); i += 5) {
            QByteArray flipped = record;
            flipped[i] = char(flipped[i] ^ 0x41);
            feed(flipped);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("seed.parley"));
        QVERIFY(ProjectFile::create(path, data));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray file = f.readAll();
        for (qsizetype i = 100; i < file.size(); i += file.size() / 40) {
            QByteArray damaged = file;
            for (qsizetype j = i; j < std::min(file.size(), i + 64); ++j)
                damaged[j] = char(damaged[j] ^ 0x5a);
            feed(damaged);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectFuzz)
#include "tst_projectfuzz.moc"
