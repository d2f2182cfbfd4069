#include "extract/markdown.h"

#include <libxml/tree.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "extract/html_document.h"

namespace bs::extract {
namespace {

// Element nesting beyond this is flattened to its text. Real bodies nest a
// handful of levels; the bound keeps recursion shallow and, since every
// container level re-prefixes its lines, keeps output linear in the input.
constexpr int kMaxDepth = 32;
// Cells past this many in a row join the last column, so one absurdly wide
// row cannot make every other row pad out to its width.
constexpr std::size_t kMaxColumns = 64;

enum class El {
  kOther,      // unknown: unwrapped, inline
  kDrop,       // invisible: dropped with its content
  kContainer,  // block wrapper without Markdown form (div, figure, body...): unwrapped
  kP, kH2, kH3, kH4, kBlockquote, kUl, kOl, kLi, kTable, kRowGroup, kTr, kCell,
  kImg, kA, kEm, kStrong, kBr,
};

El Classify(const xmlNode* n) {
  const char* s = reinterpret_cast<const char*>(n->name);
  if (s == nullptr) return El::kOther;
  struct Entry {
    const char* name;
    El el;
  };
  // libxml2's HTML parser lower-cases element names.
  static constexpr Entry kTable[] = {
      {"p", El::kP}, {"a", El::kA}, {"em", El::kEm}, {"i", El::kEm}, {"strong", El::kStrong},
      {"b", El::kStrong}, {"br", El::kBr}, {"img", El::kImg}, {"li", El::kLi}, {"ul", El::kUl},
      {"ol", El::kOl}, {"h1", El::kH2}, {"h2", El::kH2}, {"h3", El::kH3}, {"h4", El::kH4},
      {"h5", El::kH4}, {"h6", El::kH4}, {"blockquote", El::kBlockquote}, {"table", El::kTable},
      {"thead", El::kRowGroup}, {"tbody", El::kRowGroup}, {"tfoot", El::kRowGroup},
      {"tr", El::kTr}, {"td", El::kCell}, {"th", El::kCell}, {"figure", El::kContainer},
      {"figcaption", El::kP}, {"pre", El::kP}, {"dt", El::kP}, {"dd", El::kP},
      {"div", El::kContainer}, {"section", El::kContainer}, {"article", El::kContainer},
      {"main", El::kContainer}, {"html", El::kContainer}, {"body", El::kContainer},
      {"dl", El::kContainer}, {"caption", El::kP}, {"head", El::kDrop}, {"script", El::kDrop},
      {"style", El::kDrop}, {"template", El::kDrop}, {"title", El::kDrop},
  };
  for (const auto& e : kTable)
    if (std::strcmp(s, e.name) == 0) return e.el;
  return El::kOther;
}

bool IsInline(El e) {
  return e == El::kOther || e == El::kImg || e == El::kA || e == El::kEm || e == El::kStrong ||
         e == El::kBr;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Characters that would start emphasis, code, links, raw HTML, table cells or
// strikethrough are escaped wherever they occur; '&' only where it could
// begin an entity reference. Line-start markers are handled per line later.
void AppendEscaped(std::string& out, std::string_view text, std::size_t i) {
  char c = text[i];
  switch (c) {
    case '\\': case '`': case '*': case '[': case ']': case '<': case '|': case '~':
      out += '\\';
      break;
    case '_':
      // Inside a word an underscore cannot open or close emphasis
      // (snake_case, URLs), so only the ones at a word edge are escaped.
      if (i == 0 || i + 1 == text.size() || !IsAlnum(text[i - 1]) || !IsAlnum(text[i + 1])) out += '\\';
      break;
    case '&': {
      // Only where it would read as an entity reference (&amp; &#38; &#x26;).
      std::size_t j = i + 1;
      if (j < text.size() && text[j] == '#') ++j;
      std::size_t name = j;
      while (j < text.size() && j - name < 32 && IsAlnum(text[j])) ++j;
      if (j > name && j < text.size() && text[j] == ';') out += '\\';
      break;
    }
    default:
      break;
  }
  out += c;
}

// Escapes what would make a line start a heading, list item, quote, rule or
// setext underline. Leading spaces never occur (text is trimmed).
void EscapeLineStarts(std::string& s) {
  std::string out;
  out.reserve(s.size() + 8);
  bool line_start = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (line_start) {
      char c = s[i];
      if (c == '-' || c == '+' || c == '=' || c == '>') {
        out += '\\';
      } else if (c == '#') {
        std::size_t j = i;
        while (j < s.size() && s[j] == '#') ++j;
        if (j == s.size() || s[j] == ' ' || s[j] == '\n') out += '\\';
      } else if (c >= '0' && c <= '9') {
        std::size_t j = i;
        while (j < s.size() && j - i < 10 && s[j] >= '0' && s[j] <= '9') ++j;
        if (j - i <= 9 && j < s.size() && (s[j] == '.' || s[j] == ')') &&
            (j + 1 == s.size() || s[j + 1] == ' ' || s[j + 1] == '\n')) {
          out.append(s, i, j - i);
          out += '\\';
          i = j - 1;  // the loop appends the delimiter next
          line_start = false;
          continue;
        }
      }
    }
    out += s[i];
    line_start = s[i] == '\n';
  }
  s = std::move(out);
}

// A heading's closing run of '#' would be taken as an optional closing
// sequence and disappear.
void EscapeClosingHashes(std::string& s) {
  if (s.empty() || s.back() != '#') return;
  std::size_t start = s.find_last_not_of('#');
  start = start == std::string::npos ? 0 : start + 1;
  // (Rebuilt rather than insert()ed: GCC 12 warns falsely about insert here.)
  if (start == 0 || s[start - 1] == ' ') s = s.substr(0, start) + '\\' + s.substr(start);
}

// Link and image destinations: characters that would end or split the
// destination are percent-encoded.
std::string EscapeUrl(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || c == 0x7F || ch == '(' || ch == ')' || ch == '<' || ch == '>' || ch == '\\') {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

// Inline content being written: collapses whitespace as HTML does, turns
// <br> into hard breaks (spaces where a line cannot break) and trims both
// ends, remembering trimmed whitespace so a wrapping element can keep it
// outside its markers (CommonMark emphasis cannot open or close on a space).
class Inline {
 public:
  explicit Inline(bool single_line) : single_line_(single_line) {}

  struct Piece {
    std::string text;
    bool lead_space = false, lead_break = false, trail_space = false, trail_break = false;
  };

  void Text(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (IsSpace(s[i])) {
        Space();
        continue;
      }
      Pending();
      AppendEscaped(out_, s, i);
    }
  }
  void Raw(std::string_view s) {
    if (s.empty()) return;
    Pending();
    out_ += s;
  }
  void Space() {
    if (out_.empty()) lead_space_ = true;
    space_ = true;
  }
  void Break() {
    if (single_line_) return Space();
    if (out_.empty()) lead_break_ = true;
    break_ = true;
  }
  // Adds `p` wrapped in `open`/`close`, whitespace kept outside the markers.
  void Splice(const Piece& p, std::string_view open, std::string_view close) {
    if (p.lead_break) Break();
    if (p.lead_space) Space();
    if (!p.text.empty()) {
      Pending();
      out_ += open;
      out_ += p.text;
      out_ += close;
    }
    if (p.trail_break) Break();
    if (p.trail_space) Space();
  }
  Piece Take() {
    Piece p;
    p.text = std::move(out_);
    p.lead_space = lead_space_;
    p.lead_break = lead_break_;
    p.trail_space = space_;
    p.trail_break = break_;
    out_.clear();
    space_ = break_ = lead_space_ = lead_break_ = false;
    return p;
  }
  bool single_line() const { return single_line_; }

  // Emphasis already open around this content (a nested one adds nothing).
  bool in_em = false, in_strong = false, in_link = false;

 private:
  void Pending() {
    if (!out_.empty()) {
      if (break_) out_ += "\\\n";
      else if (space_) out_ += ' ';
    }
    space_ = break_ = false;
  }

  bool single_line_;
  std::string out_;
  bool space_ = false, break_ = false, lead_space_ = false, lead_break_ = false;
};

enum class Kind { kPara, kHeading, kList, kQuote, kTable };

struct Block {
  Kind kind;
  std::string text;
  char delim = 0;  // lists: the bullet or the ordered delimiter used
};

// Prefixes every line: `first` on the first, `rest` on the others; blank
// lines get the prefix without its trailing spaces.
std::string PrefixLines(std::string_view s, std::string_view first, std::string_view rest) {
  std::string out;
  bool line_start = true, is_first = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (line_start) {
      std::string_view prefix = is_first ? first : rest;
      if (s[i] == '\n') {
        std::size_t end = prefix.find_last_not_of(' ');
        out.append(prefix.substr(0, end == std::string_view::npos ? 0 : end + 1));
      } else {
        out.append(prefix);
      }
      is_first = false;
    }
    out += s[i];
    line_start = s[i] == '\n';
  }
  return out;
}

class Converter {
 public:
  std::string Convert(const xmlNode* root) {
    std::vector<Block> blocks;
    Inline para(false);
    BlockNode(root, 0, blocks, para);
    FlushPara(para, blocks);
    return Join(blocks, false);
  }

 private:
  static void FlushPara(Inline& para, std::vector<Block>& out) {
    std::string text = para.Take().text;
    if (text.empty()) return;
    EscapeLineStarts(text);
    out.push_back({Kind::kPara, std::move(text)});
  }

  // Blocks are separated by a blank line; inside a list item a nested list
  // follows its paragraph directly, which keeps tight lists tight.
  static std::string Join(const std::vector<Block>& blocks, bool in_item) {
    std::string out;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (i > 0)
        out += in_item && blocks[i].kind == Kind::kList && blocks[i - 1].kind == Kind::kPara ? "\n" : "\n\n";
      out += blocks[i].text;
    }
    return out;
  }

  void BlockChildren(const xmlNode* parent, int depth, std::vector<Block>& out) {
    Inline para(false);
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) BlockNode(c, depth, out, para);
    FlushPara(para, out);
  }

  void BlockNode(const xmlNode* n, int depth, std::vector<Block>& out, Inline& para) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      para.Text(Content(n));
      return;
    }
    if (n->type != XML_ELEMENT_NODE) return;
    El el = Classify(n);
    if (el == El::kDrop) return;
    if (IsInline(el) || depth >= kMaxDepth) {
      InlineNode(n, depth, para);
      return;
    }
    FlushPara(para, out);
    switch (el) {
      case El::kP: {
        Inline w(false);
        InlineChildren(n, depth + 1, w);
        FlushPara(w, out);
        break;
      }
      case El::kH2: case El::kH3: case El::kH4: {
        Inline w(true);
        InlineChildren(n, depth + 1, w);
        std::string text = w.Take().text;
        if (text.empty()) break;
        EscapeClosingHashes(text);
        const char* marks = el == El::kH2 ? "## " : el == El::kH3 ? "### " : "#### ";
        out.push_back({Kind::kHeading, marks + text});
        break;
      }
      case El::kBlockquote: {
        std::vector<Block> inner;
        BlockChildren(n, depth + 1, inner);
        if (!inner.empty()) out.push_back({Kind::kQuote, PrefixLines(Join(inner, false), "> ", "> ")});
        break;
      }
      case El::kUl: case El::kOl:
        List(n, el == El::kOl, depth, out);
        break;
      case El::kTable:
        Table(n, depth, out);
        break;
      default:  // containers, and list or table parts out of place
        BlockChildren(n, depth + 1, out);
        break;
    }
  }

  void List(const xmlNode* n, bool ordered, int depth, std::vector<Block>& out) {
    std::vector<std::vector<Block>> items;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type == XML_ELEMENT_NODE && Classify(c) == El::kLi) {
        items.emplace_back();
        BlockChildren(c, depth + 2, items.back());
        continue;
      }
      // Anything else (a nested list written straight into its parent list,
      // stray text) continues the previous item rather than inventing one.
      if (c->type == XML_TEXT_NODE && Blank(c)) continue;
      if (items.empty()) items.emplace_back();
      Inline para(false);
      BlockNode(c, depth + 1, items.back(), para);
      FlushPara(para, items.back());
    }
    // Two lists in a row would merge into one; a different bullet (or
    // delimiter) keeps them apart.
    char delim = ordered ? '.' : '-';
    if (!out.empty() && out.back().kind == Kind::kList && out.back().delim == delim)
      delim = ordered ? ')' : '*';
    std::string text;
    int number = 0;
    for (const auto& item : items) {
      // Empty items are dropped: a bare marker under a paragraph would read
      // as a setext underline.
      if (item.empty()) continue;
      std::string marker = ordered ? std::to_string(++number) + delim + " " : std::string(1, delim) + " ";
      if (!text.empty()) text += '\n';
      text += PrefixLines(Join(item, true), marker, std::string(marker.size(), ' '));
    }
    if (!text.empty()) out.push_back({Kind::kList, std::move(text), delim});
  }

  void Table(const xmlNode* n, int depth, std::vector<Block>& out) {
    std::vector<std::vector<std::string>> rows;
    auto add_row = [&](const xmlNode* tr) {
      std::vector<std::string> cells;
      for (const xmlNode* c = tr->children; c != nullptr; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || Classify(c) != El::kCell) continue;
        Inline w(true);
        InlineChildren(c, depth + 4, w);
        std::string text = w.Take().text;
        if (cells.size() < kMaxColumns) cells.push_back(std::move(text));
        else if (!text.empty()) cells.back() += (cells.back().empty() ? "" : " ") + text;
      }
      if (!cells.empty()) rows.push_back(std::move(cells));
    };
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      El el = Classify(c);
      if (el == El::kTr) {
        add_row(c);
      } else if (el == El::kRowGroup) {
        for (const xmlNode* r = c->children; r != nullptr; r = r->next)
          if (r->type == XML_ELEMENT_NODE && Classify(r) == El::kTr) add_row(r);
      }
    }
    if (rows.empty()) return;
    std::size_t columns = 0;
    for (const auto& r : rows) columns = std::max(columns, r.size());
    // GFM needs a header row; the first row serves, as it usually is one.
    std::string text;
    auto emit = [&](const std::vector<std::string>& cells) {
      text += '|';
      for (std::size_t i = 0; i < columns; ++i) {
        text += ' ';
        if (i < cells.size()) text += cells[i];
        text += " |";
      }
      text += '\n';
    };
    emit(rows[0]);
    text += '|';
    for (std::size_t i = 0; i < columns; ++i) text += " --- |";
    text += '\n';
    for (std::size_t r = 1; r < rows.size(); ++r) emit(rows[r]);
    text.pop_back();
    out.push_back({Kind::kTable, std::move(text)});
  }

  void InlineChildren(const xmlNode* parent, int depth, Inline& w) {
    for (const xmlNode* c = parent->children; c != nullptr; c = c->next) InlineNode(c, depth, w);
  }

  void InlineNode(const xmlNode* n, int depth, Inline& w) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      w.Text(Content(n));
      return;
    }
    if (n->type != XML_ELEMENT_NODE) return;
    El el = Classify(n);
    if (el == El::kDrop) return;
    if (depth >= kMaxDepth) {
      w.Space();
      w.Text(FlatText(n));
      w.Space();
      return;
    }
    switch (el) {
      case El::kBr:
        w.Break();
        break;
      case El::kImg: {
        std::string src = Attr(n, "src");
        if (src.empty()) break;
        Inline alt(true);
        alt.Text(Attr(n, "alt"));
        w.Raw("![" + alt.Take().text + "](" + EscapeUrl(src) + ")");
        break;
      }
      case El::kEm: case El::kStrong: {
        bool em = el == El::kEm;
        if (em ? w.in_em : w.in_strong) {
          InlineChildren(n, depth + 1, w);
          break;
        }
        Inline inner(w.single_line());
        inner.in_em = w.in_em || em;
        inner.in_strong = w.in_strong || !em;
        inner.in_link = w.in_link;
        InlineChildren(n, depth + 1, inner);
        w.Splice(inner.Take(), em ? "*" : "**", em ? "*" : "**");
        break;
      }
      case El::kA: {
        std::string href = Attr(n, "href");
        if (href.empty() || w.in_link) {
          InlineChildren(n, depth + 1, w);
          break;
        }
        Inline inner(w.single_line());
        inner.in_em = w.in_em;
        inner.in_strong = w.in_strong;
        inner.in_link = true;
        InlineChildren(n, depth + 1, inner);
        w.Splice(inner.Take(), "[", "](" + EscapeUrl(href) + ")");
        break;
      }
      case El::kOther:
        InlineChildren(n, depth + 1, w);
        break;
      default:  // a block inside inline content (a cell, a link): its text, set apart
        w.Space();
        InlineChildren(n, depth + 1, w);
        w.Space();
        break;
    }
  }

  static std::string_view Content(const xmlNode* n) {
    return n->content ? std::string_view(reinterpret_cast<const char*>(n->content)) : std::string_view();
  }
  static bool Blank(const xmlNode* n) {
    for (char c : Content(n))
      if (!IsSpace(c)) return false;
    return true;
  }

  // The text of a subtree, walked without recursion, elements set apart by
  // spaces (used only past the depth bound, where structure is given up).
  static std::string FlatText(const xmlNode* root) {
    std::string out;
    const xmlNode* n = root->children;
    while (n != nullptr && n != root) {
      if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        out += Content(n);
      } else if (n->type == XML_ELEMENT_NODE && Classify(n) != El::kDrop && n->children != nullptr) {
        out += ' ';
        n = n->children;
        continue;
      }
      while (n != root && n->next == nullptr) {
        n = n->parent;
        if (n != root) out += ' ';
      }
      if (n == root) break;
      n = n->next;
    }
    return out;
  }
};

}  // namespace

std::string HtmlToMarkdown(std::string_view body_html) {
  bool blank = true;
  for (char c : body_html) blank = blank && IsSpace(c);
  if (blank) return "";
  auto doc = ParseHtml(body_html);
  if (!doc.ok()) return "";
  return Converter().Convert(xmlDocGetRootElement(doc->get()));
}

std::string EscapeMarkdownLine(std::string_view text) {
  Inline w(true);
  w.Text(text);
  std::string out = w.Take().text;
  EscapeLineStarts(out);
  EscapeClosingHashes(out);
  return out;
}

}  // namespace bs::extract
