// The SPARQL editor: a textarea over a highlighted copy of its text (the server renders the first
// highlighting with Pygments; this script keeps it in step while typing). No dependencies, no
// build step; without JavaScript the textarea and the server-side highlighting still work.
(function () {
  "use strict";
  var KEYWORDS = /^(?:SELECT|CONSTRUCT|DESCRIBE|ASK|WHERE|FROM|NAMED|PREFIX|BASE|OPTIONAL|FILTER|UNION|MINUS|GRAPH|SERVICE|BIND|VALUES|AS|GROUP|BY|ORDER|HAVING|LIMIT|OFFSET|DISTINCT|REDUCED|NOT|EXISTS|IN|ASC|DESC|a|true|false|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|SEPARATOR|STR|LANG|LANGMATCHES|DATATYPE|BOUND|IRI|URI|BNODE|RAND|ABS|CEIL|FLOOR|ROUND|CONCAT|STRLEN|UCASE|LCASE|ENCODE_FOR_URI|CONTAINS|STRSTARTS|STRENDS|STRBEFORE|STRAFTER|YEAR|MONTH|DAY|HOURS|MINUTES|SECONDS|TIMEZONE|TZ|NOW|UUID|STRUUID|MD5|SHA1|SHA256|SHA384|SHA512|COALESCE|IF|STRLANG|STRDT|SAMETERM|ISIRI|ISURI|ISBLANK|ISLITERAL|ISNUMERIC|REGEX|SUBSTR|REPLACE)$/i;
  var TOKEN = /(#[^\n]*)|("""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?)|(<[^<>"{}|^`\\\s]*>)|([?$][A-Za-z_0-9\u00C0-\uFFFF]+)|(@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)|([A-Za-z_\u00C0-\uFFFF][\w.\-\u00C0-\uFFFF]*)?(:[\w.\-\u00C0-\uFFFF]*)?|(\d+(?:\.\d+)?)/g;
  function esc(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function highlight(text) {
    var out = "", last = 0, m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(text)) !== null) {
      if (m[0] === "") { TOKEN.lastIndex++; continue; }
      out += esc(text.slice(last, m.index));
      var cls = m[1] ? "c1" : m[2] ? "s2" : m[3] ? "nl" : m[4] ? "nv" : m[5] ? "nt" : m[7] !== undefined ? "nn" :
        m[6] ? (KEYWORDS.test(m[6]) ? "k" : "") : m[8] ? "mi" : "";
      out += cls ? '<span class="' + cls + '">' + esc(m[0]) + "</span>" : esc(m[0]);
      last = m.index + m[0].length;
    }
    return out + esc(text.slice(last)) + "\n";
  }
  var editor = document.getElementById("editor"), area = document.getElementById("query"), hl = document.getElementById("hl");
  if (!editor || !area || !hl) { return; }
  editor.classList.add("live");
  function sync() { hl.innerHTML = highlight(area.value); hl.parentNode.scrollTop = area.scrollTop; }
  function grow() { area.style.height = "auto"; area.style.height = Math.max(area.scrollHeight + 4, 256) + "px"; }
  area.addEventListener("input", function () { sync(); grow(); });
  area.addEventListener("scroll", function () { hl.parentNode.scrollTop = area.scrollTop; });
  area.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); area.form.submit(); }
    if (e.key === "Tab" && !e.shiftKey) {
      e.preventDefault();
      var s = area.selectionStart; area.setRangeText("  ", s, area.selectionEnd, "end"); sync();
    }
  });
  sync(); grow();
}());
