"""Spill files: what a worker writes is what the marking stage reads back, in order."""

from transforms.spill import CHUNK_ROWS, SpillFile, read_spilled


def test_records_come_back_in_order_across_chunks(tmp_path):
    spill = SpillFile(str(tmp_path / "spill"))
    records = [(n, f"article {n}", {"words": n * 3}) for n in range(2 * CHUNK_ROWS + 7)]
    rows = [spill.add(record) for record in records]
    path = spill.close()
    assert rows == list(range(len(records)))
    assert path.startswith(str(tmp_path / "spill")) and path.endswith(".pkl")
    assert list(read_spilled(path)) == records


def test_two_files_of_one_folder_never_collide(tmp_path):
    first, second = SpillFile(str(tmp_path)), SpillFile(str(tmp_path))
    first.add("a")
    second.add("b")
    assert first.close() != second.close()
    assert sorted(r for p in tmp_path.glob("spill-*.pkl") for r in read_spilled(str(p))) == [
        "a",
        "b",
    ]
