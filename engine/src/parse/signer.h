// Who signed the document, read from the blocks the line roles marked
// signature.
#ifndef CONGVAN_PARSE_SIGNER_H_
#define CONGVAN_PARSE_SIGNER_H_

#include <string>
#include <vector>

#include "congvan/document.h"

namespace congvan::parse {

// One signer: the signing capacity as printed, line by line ("KT. BỘ
// TRƯỞNG", "THỨ TRƯỞNG"; "TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG";
// "FOR THE MINISTER", "DEPUTY MINISTER"), and the name under it ("Lê Văn
// Thanh"), empty when the copy prints only a placeholder ("(Đã ký)").
struct Signer {
  std::vector<std::string> capacity;
  std::string name;
};

// The signers of `doc`, in reading order (a joint text: one per issuer),
// from its signature blocks (see signer.cc). It reads the finished blocks
// only, so the writers ask it of any document, parsed or read back from AKN.
std::vector<Signer> ReadSigners(const Document& doc);

}  // namespace congvan::parse

#endif  // CONGVAN_PARSE_SIGNER_H_
