# Writes the bundled bank's content hash at build time, so that start-up compares it with the
# database's without reading the bank: the SHA-256 of a sha256sum-style manifest
# ("<sha256 of the file>  <path in the bank>\n") of exams/*.json, topics.json and
# questions/*.json, in that order, each folder sorted by name. BankReader::computeDirectoryHash
# is the same formula at run time, and a test keeps the two equal.
# Usage: cmake -DBANK_DIR=<questionbank> -DOUTPUT=<file> -P bankhash.cmake
file(GLOB exams RELATIVE "${BANK_DIR}" "${BANK_DIR}/exams/*.json")
file(GLOB questions RELATIVE "${BANK_DIR}" "${BANK_DIR}/questions/*.json")
list(SORT exams)
list(SORT questions)
set(manifest "")
foreach(path IN LISTS exams ITEMS topics.json LISTS questions)
    if(EXISTS "${BANK_DIR}/${path}")
        file(SHA256 "${BANK_DIR}/${path}" digest)
        string(APPEND manifest "${digest}  ${path}\n")
    endif()
endforeach()
string(SHA256 hash "${manifest}")
file(WRITE "${OUTPUT}.new" "${hash}")
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
