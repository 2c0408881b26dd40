// Shows the upload's progress. Without JavaScript the form posts as usual and the report page follows.
(function () {
  "use strict";
  var form = document.querySelector("form[data-upload]");
  if (!form || !window.FormData || !window.DOMParser) { return; }
  var bar = document.getElementById("upload-progress");
  var status = document.getElementById("upload-status");
  var button = form.querySelector("button[type=submit]");
  var input = form.querySelector("input[type=file]");
  var limit = Number(form.getAttribute("data-max-bytes")) || 0;

  // The page's alert, or the server's own sentence when it answered in plain text (a body too large).
  function failed(text, plain) {
    var page = new DOMParser().parseFromString(text, "text/html");
    var alert = page.querySelector(".alert--error");
    status.textContent = plain && text ? text : alert ? alert.textContent.trim() : "L'envoi a échoué : réessayez.";
    bar.hidden = true;
    button.disabled = false;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (limit && input && input.files.length && input.files[0].size > limit) {
      status.textContent = form.getAttribute("data-too-large");  // told at once, rather than after sending it all
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    bar.hidden = false;
    bar.value = 0;
    button.disabled = true;
    status.textContent = "Envoi du fichier…";
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) { return; }
      bar.max = e.total;
      bar.value = e.loaded;
      bar.textContent = Math.round(100 * e.loaded / e.total) + " %";
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value");
      status.textContent = "Fichier envoyé : import en cours…";
    });
    xhr.addEventListener("load", function () {
      if (xhr.status < 400) { window.location.assign(xhr.responseURL); return; }
      if (xhr.status === 413) { failed(form.getAttribute("data-too-large"), true); return; }  // nginx's page too
      failed(xhr.responseText, (xhr.getResponseHeader("Content-Type") || "").indexOf("text/plain") === 0);
    });
    xhr.addEventListener("error", function () { failed(""); });
    xhr.send(new FormData(form));
  });
}());
