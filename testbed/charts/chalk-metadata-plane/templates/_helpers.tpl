{{- define "chalk-metadata-plane.labels" -}}
app.kubernetes.io/name: chalk-metadata-plane
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{- define "chalk-metadata-plane.apiImage" -}}
{{- $m := .Values.chalk.metadata -}}
{{- if $m.api.image -}}
{{- $m.api.image -}}
{{- else -}}
{{- $parts := splitList ":" $m.frontend.image -}}
{{- if gt (len $parts) 1 -}}
{{- printf "%s-api:%s" (initial $parts | join ":") (last $parts) -}}
{{- else -}}
{{- printf "%s-api" $m.frontend.image -}}
{{- end -}}
{{- end -}}
{{- end -}}
