# The Camunda 7.24 -> Operaton 1.0 rewrite that scripts/operaton-build.sh applies (perl -pi) to the
# generated copy in target/operaton/: Java sources, application*.yaml, the Tasklist scripts and
# styles. The renames follow Operaton's own migration recipe (operaton/migrate-from-camunda-recipe:
# ChangePackage, ChangeType, ChangeSpringPropertyKey camunda.bpm -> operaton.bpm) and Operaton
# 1.0.3's sources (webapp path /operaton, webjar META-INF/resources/webjars/operaton, group
# operaton-admin, REST property operatonFormRef). Models and forms are never rewritten.

# Packages (org.camunda.community, e.g. the coverage library, is not Operaton's and stays).
s/\borg\.camunda\.(bpm|spin|commons|connect)\b/org.operaton.$1/g;
# The model API's extension elements: instance.camunda.CamundaX -> instance.operaton.OperatonX.
s/\.instance\.camunda\./.instance.operaton./g;
# BpmnXml reads model attributes in the camunda: namespace the models keep: Operaton's
# OPERATON_BPMN_EXTENSIONS_NS is the operaton URI (with camunda's as its alternative), so the
# plain camunda URI comes from BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS.
s/\bBpmnParse\.CAMUNDA_BPMN_EXTENSIONS_NS\.getNamespaceUri\(\)/org.operaton.bpm.engine.impl.bpmn.parser.BpmnParser.CAMUNDA\x00BPMN_EXTENSIONS_NS/g;
s/\bCAMUNDA_(ADMIN|BPMN_EXTENSIONS_NS)\b/OPERATON_$1/g;
s/CAMUNDA\x00/CAMUNDA_/g;
# Types and accessors: CamundaFormRef -> OperatonFormRef, getCamundaFormRef() -> getOperatonFormRef(),
# the model builder's .camundaIn(..) -> .operatonIn(..) (WithMe's own camundaAttribute(..) stays).
s/\b(get|set|is)Camunda([A-Z])/$1Operaton$2/g;
s/\bCamunda([A-Z][A-Za-z]*)\b/Operaton$1/g;
s/\.camunda(?!Attribute\b)([A-Z])/.operaton$1/g;
# The REST API's task property (TaskDto) that TaskUpdateBodyFilter takes out of PUT /task/{id}.
s/\bcamundaFormRef\b/operatonFormRef/g;
# The built-in administrators' group.
s/\bcamunda-admin\b/operaton-admin/g;
# Webapp paths (/camunda/app/..., /camunda/api/...) and the webjar.
s{/camunda/}{/operaton/}g;
s{\bwebjars/camunda\b}{webjars/operaton}g;
# The Tasklist bundle's webpack chunk list (named after the webapp's npm package).
s/\bwebpackChunkcamunda_bpm_webapp\b/webpackChunkoperaton_bpm_webapp/g;
# Spring Boot properties: camunda.bpm.* -> operaton.bpm.* (yaml top-level key and --camunda.bpm.x).
s/^camunda:/operaton:/;
s/\bcamunda\.bpm\./operaton.bpm./g;
