;;; closelint-eglot.el --- CloseLint language server through Eglot  -*- lexical-binding: t; -*-

;; Copyright (C) CloseLint contributors
;; License: MIT
;; Package-Requires: ((emacs "27.1") (eglot "1.9"))

;;; Commentary:

;; Lints job-interview closing scripts with `closelint lsp' through Eglot
;; (built into Emacs 29+, from GNU ELPA before that).
;;
;;   (add-to-list 'load-path "/path/to/closelint/editors/emacs")
;;   (require 'closelint-eglot)
;;   (closelint-eglot-setup)          ; registers the server and the file types
;;   ;; Optional: (setq closelint-server-command '("dotnet" "/path/closelint.dll" "lsp"))
;;
;; Files named *.close.md, *.closing.md and *.closing.txt open in
;; `closing-script-mode' (derived from `markdown-mode' when installed, else
;; `text-mode'), and Eglot starts automatically there.  To lint every
;; Markdown or text buffer too, add those modes to `closelint-eglot-modes'
;; before calling `closelint-eglot-setup' and run M-x eglot in the buffer.
;;
;; The server asks for section "closelint" with workspace/configuration; the
;; answer comes from `closelint-settings', merged into
;; `eglot-workspace-configuration'.

;;; Code:

(require 'eglot)

(defgroup closelint nil
  "Lint interview closing scripts with CloseLint."
  :group 'tools
  :prefix "closelint-")

(defcustom closelint-server-command '("closelint" "lsp")
  "Command that starts the CloseLint language server.
Use (\"dotnet\" \"/path/to/closelint.dll\" \"lsp\") for a framework-dependent build."
  :type '(repeat string))

(defcustom closelint-eglot-modes '(closing-script-mode)
  "Major modes that use the CloseLint server.
Add `markdown-mode', `gfm-mode' or `text-mode' to lint those buffers too."
  :type '(repeat symbol))

(defcustom closelint-settings
  '(:speakingRateWpm 150
    :summaryMaxSeconds 30)
  "The object sent for configuration section \"closelint\".
Keys: :speakingRateWpm, :summaryMaxSeconds, :severity (a plist such as
\(:CL0002 \"error\"), levels none|silent|suggestion|warning|error),
:extraGimmickPhrases and :extraHedgePhrases (absolute paths)."
  :type 'plist)

(defcustom closelint-eglot-auto-start t
  "When non-nil, start Eglot in `closing-script-mode' buffers."
  :type 'boolean)

(if (fboundp 'markdown-mode)
    (define-derived-mode closing-script-mode markdown-mode "Closing-Script"
      "Major mode for interview closing scripts, linted by CloseLint.")
  (define-derived-mode closing-script-mode text-mode "Closing-Script"
    "Major mode for interview closing scripts, linted by CloseLint."))

(defconst closelint-file-pattern "\\.\\(close\\.md\\|closing\\.md\\|closing\\.txt\\)\\'"
  "File names that are closing scripts.")

(defun closelint--workspace-configuration ()
  "The default `eglot-workspace-configuration' with section :closelint added."
  (let ((current (default-value 'eglot-workspace-configuration)))
    (if (functionp current)
        current
      (plist-put (copy-tree current) :closelint closelint-settings))))

(defun closelint--maybe-start ()
  "Start Eglot in this buffer when it visits a file."
  (when (and closelint-eglot-auto-start buffer-file-name)
    (eglot-ensure)))

;;;###autoload
(defun closelint-eglot-setup ()
  "Register CloseLint with Eglot, the closing-script file types and settings."
  (interactive)
  (add-to-list 'auto-mode-alist (cons closelint-file-pattern 'closing-script-mode))
  (add-to-list 'eglot-server-programs
               (cons closelint-eglot-modes closelint-server-command))
  (setq-default eglot-workspace-configuration (closelint--workspace-configuration))
  (add-hook 'closing-script-mode-hook #'closelint--maybe-start))

(provide 'closelint-eglot)
;;; closelint-eglot.el ends here
