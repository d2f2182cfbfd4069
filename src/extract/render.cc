#include "extract/render.h"

#include "core/url.h"
#include "extract/url_util.h"

namespace bs::extract {
namespace {

// Figure captions stay in the HTML, with their image, but are left out of the
// plain text: it is read as the article's prose (teasers, search, duplicate
// detection), where "Photo: X/Agency" lines are noise.
constexpr bool kCaptionsInText = false;
// Images declared this small are tracking pixels or spacers.
constexpr int kMinImageSide = 2;

struct OutTag {
  const char* name = nullptr;  // nullptr: unwrap
  bool inline_context = false; // may hold text directly
};

OutTag MapTag(Tag t) {
  switch (t) {
    case Tag::kP: case Tag::kPre: case Tag::kDt: case Tag::kDd: case Tag::kAddress:
      return {"p", true};
    case Tag::kH1: case Tag::kH2: return {"h2", true};
    case Tag::kH3: return {"h3", true};
    case Tag::kH4: case Tag::kH5: case Tag::kH6: return {"h4", true};
    case Tag::kBlockquote: return {"blockquote", true};
    case Tag::kUl: return {"ul", false};
    case Tag::kOl: return {"ol", false};
    case Tag::kLi: return {"li", true};
    case Tag::kFigure: return {"figure", false};
    case Tag::kFigcaption: return {"figcaption", true};
    case Tag::kEm: return {"em", true};
    case Tag::kI: return {"i", true};
    case Tag::kStrong: return {"strong", true};
    case Tag::kB: return {"b", true};
    case Tag::kTable: return {"table", false};
    case Tag::kThead: return {"thead", false};
    case Tag::kTbody: case Tag::kTfoot: return {"tbody", false};
    case Tag::kTr: return {"tr", false};
    case Tag::kTh: return {"th", true};
    case Tag::kTd: return {"td", true};
    default: return {};
  }
}

bool IsInlineOut(Tag t) {
  return t == Tag::kEm || t == Tag::kI || t == Tag::kStrong || t == Tag::kB || t == Tag::kA;
}

// Table cells continue a row's line of text rather than starting a paragraph.
bool BreaksText(Tag t) { return IsBlockTag(t) && t != Tag::kTd && t != Tag::kTh; }

int IntAttr(const xmlNode* n, const char* name) {
  std::string v = Attr(n, name);
  int out = 0;
  for (char c : v) {
    if (c < '0' || c > '9') break;
    out = out * 10 + (c - '0');
    if (out > 100000) break;
  }
  return v.empty() ? -1 : out;
}

class Renderer {
 public:
  Renderer(const Dom& dom, const std::vector<std::uint8_t>& drop, std::string_view base)
      : dom_(dom), drop_(drop), base_(base) {}

  void RenderRoot(int root) {
    for (int i = root; i < dom_[root].end;) i = Visit(i);
    CloseUntil(dom_[root].end, /*all=*/true);
  }

  RenderedBody Finish() {
    CloseImplicit();
    FlushText();
    RenderedBody out;
    out.html = std::move(html_);
    out.text = std::move(text_);
    return out;
  }

 private:
  struct Open {
    int end;
    const char* close;  // nullptr when the element was unwrapped
    std::size_t html_before_open;  // html_ size before the opening tag
    std::size_t html_after_open;   // and right after it
    bool inline_context;  // of the innermost emitted element
    bool breaks_text;
    bool in_figure;       // the innermost emitted element is a <figure>
  };

  // Both read the innermost emitted element, whose state every Open entry
  // carries, so deep unwrapped nesting costs nothing per text node.
  bool InInlineContext() const {
    return implicit_p_ || (!open_.empty() && open_.back().inline_context);
  }
  bool InsideFigure() const { return !open_.empty() && open_.back().in_figure; }

  void EnsureInline() {
    if (InInlineContext()) return;
    html_ += "<p>";
    implicit_p_ = true;
  }

  void CloseImplicit() {
    if (!implicit_p_) return;
    while (!html_.empty() && html_.back() == ' ') html_.pop_back();
    if (html_.ends_with("<br>")) html_.resize(html_.size() - 4);
    html_ += "</p>";
    implicit_p_ = false;
    FlushText();
  }

  void FlushText() {
    std::string_view p = TrimSpace(para_);
    if (!p.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_.append(p);
    }
    para_.clear();
  }

  void CloseUntil(int index, bool all) {
    while (!open_.empty() && (all || open_.back().end <= index)) {
      Open o = open_.back();
      open_.pop_back();
      if (o.breaks_text) CloseImplicit();
      if (o.close != nullptr) {
        while (html_.size() > o.html_after_open && html_.back() == ' ') html_.pop_back();
        // An element whose content was all removed leaves no empty shell.
        if (html_.size() == o.html_after_open) html_.resize(o.html_before_open);
        else html_ += o.close;
      }
      if (o.breaks_text) FlushText();
    }
  }

  void AppendText(std::string_view raw) {
    std::string collapsed;
    AppendCollapsed(collapsed, raw);
    bool blank = TrimSpace(collapsed).empty();
    if (blank) {
      if (!raw.empty() && InInlineContext() && !html_.empty() && html_.back() != '>' &&
          html_.back() != ' ')
        html_.push_back(' ');
      if (!raw.empty() && !para_.empty() && para_.back() != ' ' && para_.back() != '\n')
        para_.push_back(' ');
      return;
    }
    EnsureInline();
    last_was_br_ = false;
    // Keep a single separating space if the source had one before the text.
    bool leading_space = raw.front() == ' ' || raw.front() == '\n' || raw.front() == '\t';
    std::string_view body = collapsed;
    if (!body.empty() && body.front() == ' ') body.remove_prefix(1);
    if (leading_space && !html_.empty() && html_.back() != ' ' && !html_.ends_with("<p>") &&
        !html_.ends_with("<br>"))
      html_.push_back(' ');
    html_ += EscapeHtml(body);
    if (!kCaptionsInText && current_ < caption_end_) return;
    if (leading_space && !para_.empty() && para_.back() != ' ' && para_.back() != '\n')
      para_.push_back(' ');
    para_.append(body);
  }

  void LineBreak() {
    if (implicit_p_ && last_was_br_) {
      CloseImplicit();
      last_was_br_ = false;
      return;
    }
    if (InInlineContext()) {
      html_ += "<br>";
      while (!para_.empty() && para_.back() == ' ') para_.pop_back();
      para_.push_back('\n');
    }
    last_was_br_ = true;
  }

  // Handles node i; returns the next index to visit.
  int Visit(int i) {
    CloseUntil(i, false);
    const DomNode& n = dom_[i];
    current_ = i;
    if (n.skipped || drop_[static_cast<std::size_t>(i)]) return n.end;
    if (i >= caption_end_ && (n.tag == Tag::kFigcaption || (n.hints & kHintCaption))) caption_end_ = n.end;
    if (n.tag == Tag::kText) {
      if (n.x->content != nullptr) AppendText(reinterpret_cast<const char*>(n.x->content));
      return i + 1;
    }
    if (n.tag == Tag::kBr) {
      LineBreak();
      return n.end;
    }
    if (n.tag == Tag::kImg) {
      EmitImage(n);
      return n.end;
    }
    if (n.chars == 0 && n.images == 0) return n.end;  // nothing visible inside
    bool breaks = BreaksText(n.tag);
    if (breaks) {
      CloseImplicit();
      FlushText();
      last_was_br_ = false;
    }
    OutTag out = MapTag(n.tag);
    const char* close = nullptr;
    std::size_t before = html_.size();
    if (n.tag == Tag::kA) {
      std::string href = ResolveHttp(base_, Attr(n.x, "href"));
      if (!href.empty()) {
        EnsureInline();
        before = html_.size();
        html_ += "<a href=\"" + EscapeHtml(href) + "\">";
        close = "</a>";
        out.inline_context = true;
      }
    } else if (out.name != nullptr) {
      if (IsInlineOut(n.tag)) EnsureInline();
      before = html_.size();
      html_ += "<";
      html_ += out.name;
      html_ += ">";
      close = CloseTagFor(out.name);
    }
    bool inline_context = close != nullptr ? out.inline_context
                                           : !open_.empty() && open_.back().inline_context;
    bool in_figure = close != nullptr ? n.tag == Tag::kFigure : !open_.empty() && open_.back().in_figure;
    open_.push_back(Open{n.end, close, before, html_.size(), inline_context, breaks, in_figure});
    return i + 1;
  }

  static const char* CloseTagFor(const char* name) {
    static const char* const kCloses[][2] = {
        {"p", "</p>"},   {"h2", "</h2>"}, {"h3", "</h3>"}, {"h4", "</h4>"},
        {"blockquote", "</blockquote>"},  {"ul", "</ul>"}, {"ol", "</ol>"}, {"li", "</li>"},
        {"figure", "</figure>"}, {"figcaption", "</figcaption>"}, {"em", "</em>"},
        {"i", "</i>"},   {"strong", "</strong>"}, {"b", "</b>"}, {"table", "</table>"},
        {"thead", "</thead>"}, {"tbody", "</tbody>"}, {"tr", "</tr>"}, {"th", "</th>"},
        {"td", "</td>"},
    };
    for (const auto& c : kCloses)
      if (std::string_view(c[0]) == name) return c[1];
    return nullptr;
  }

  void EmitImage(const DomNode& n) {
    int w = IntAttr(n.x, "width"), h = IntAttr(n.x, "height");
    if ((w >= 0 && w < kMinImageSide) || (h >= 0 && h < kMinImageSide)) return;
    std::string src = ImageSource(n.x, base_);
    if (src.empty()) return;
    if (!InsideFigure()) EnsureInline();
    html_ += "<img src=\"" + EscapeHtml(src) + "\"";
    // Every image carries alt: HTML requires it, and an empty one tells
    // screen readers the image is decorative rather than leaving them to
    // read out the file name.
    std::string alt(TrimSpace(Attr(n.x, "alt")));
    html_ += " alt=\"" + EscapeHtml(alt) + "\">";
  }

  const Dom& dom_;
  const std::vector<std::uint8_t>& drop_;
  std::string_view base_;
  std::vector<Open> open_;
  std::string html_;
  std::string text_;
  std::string para_;
  int current_ = 0;       // node being rendered
  int caption_end_ = 0;   // end of the caption being rendered, if any
  bool implicit_p_ = false;
  bool last_was_br_ = false;
};

}  // namespace

std::string ImageSource(const xmlNode* img, std::string_view base_url) {
  for (const char* attr : {"src", "data-src", "data-original", "data-lazy-src", "data-url"}) {
    std::string v(TrimSpace(Attr(img, attr)));
    if (v.empty() || v.starts_with("data:")) continue;
    std::string url = ResolveHttp(base_url, v);
    if (!url.empty()) return url;
  }
  // srcset: the first candidate's URL.
  std::string srcset(TrimSpace(Attr(img, "srcset")));
  if (!srcset.empty()) {
    std::string first = srcset.substr(0, srcset.find_first_of(" ,"));
    if (!first.starts_with("data:")) return ResolveHttp(base_url, first);
  }
  return "";
}

RenderedBody RenderBody(const Dom& dom, const std::vector<int>& roots,
                        const std::vector<std::uint8_t>& drop, std::string_view base_url) {
  Renderer r(dom, drop, base_url);
  for (int root : roots) r.RenderRoot(root);
  return r.Finish();
}

}  // namespace bs::extract
