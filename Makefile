# The tutorial's commands, delegating to npm.
.PHONY: install dev serve build test idp migrate doctor

install:
	npm install

dev:
	npm run dev

build:
	npm run build

serve: build
	npm start

test:
	npm test

idp:
	npm run idp

migrate:
	npm run db:migrate
